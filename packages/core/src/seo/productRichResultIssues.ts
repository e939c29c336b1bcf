import type { JsonLdObject, JsonLdValue } from './HeadDescriptor.js';

/** One problem Google's Rich Results Test would report on a `Product`. */
export interface RichResultIssue {
  /** `error`: not eligible for the rich result; `warning`: eligible, with less shown. */
  severity: 'error' | 'warning';
  /** The property, as a path (`offers.price`). */
  property: string;
  message: string;
}

const obj = (value: JsonLdValue | undefined): JsonLdObject | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value : undefined);
const list = (value: JsonLdValue | undefined): JsonLdObject[] => (Array.isArray(value) ? value.map(obj).filter((v): v is JsonLdObject => !!v) : obj(value) ? [obj(value)!] : []);
const present = (value: JsonLdValue | undefined) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * Checks a `Product` object against Google Search Central's required and recommended properties
 * for product snippets and merchant listings (developers.google.com/search/docs/appearance/
 * structured-data/product-snippet and …/merchant-listing, read 2026-12-08):
 * - Product: `name` required; one of `offers`, `review` or `aggregateRating` required; `image`
 *   required for merchant listings; `description`, `brand`, `sku`, a `gtin` or `mpn`, `aggregateRating`
 *   and `review` recommended.
 * - Offer: `price` (a number above 0 for merchant listings) and `priceCurrency` (ISO 4217) required;
 *   `availability` and `itemCondition` recommended.
 * - AggregateRating: `ratingValue` and one of `reviewCount`/`ratingCount` required.
 * - Review: `author` and `reviewRating.ratingValue` required.
 * Returns every issue found, errors first; an empty list means eligible with everything recommended.
 */
export function productRichResultIssues(product: JsonLdObject): RichResultIssue[] {
  const issues: RichResultIssue[] = [];
  const error = (property: string, message: string) => issues.push({ severity: 'error', property, message });
  const warn = (property: string, message: string) => issues.push({ severity: 'warning', property, message });
  if (product['@type'] !== 'Product') error('@type', 'must be Product');
  if (!present(product.name)) error('name', 'is required');
  if (!present(product.offers) && !present(product.review) && !present(product.aggregateRating)) error('offers', 'one of offers, review or aggregateRating is required');
  if (!present(product.image)) error('image', 'is required for merchant listings');
  for (const offer of list(product.offers)) {
    if (typeof offer.price !== 'number' && typeof offer.price !== 'string') error('offers.price', 'is required');
    else if (!(Number(offer.price) > 0)) error('offers.price', 'must be above 0 for merchant listings');
    if (typeof offer.priceCurrency !== 'string' || !/^[A-Z]{3}$/.test(offer.priceCurrency)) error('offers.priceCurrency', 'is required, as an ISO 4217 code');
    if (!present(offer.availability)) warn('offers.availability', 'is recommended');
    if (!present(offer.itemCondition)) warn('offers.itemCondition', 'is recommended');
  }
  const rating = obj(product.aggregateRating);
  if (rating) {
    if (!present(rating.ratingValue)) error('aggregateRating.ratingValue', 'is required');
    if (!present(rating.reviewCount) && !present(rating.ratingCount)) error('aggregateRating.reviewCount', 'one of reviewCount or ratingCount is required');
  }
  for (const review of list(product.review)) {
    if (!present(review.author)) error('review.author', 'is required');
    if (!present(obj(review.reviewRating)?.ratingValue)) error('review.reviewRating', 'ratingValue is required');
  }
  if (!present(product.description)) warn('description', 'is recommended');
  if (!present(product.brand)) warn('brand', 'is recommended');
  if (!present(product.sku)) warn('sku', 'is recommended');
  if (!['gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'mpn'].some((key) => present(product[key]))) warn('gtin', 'a gtin or mpn is recommended');
  if (!rating) warn('aggregateRating', 'is recommended (when the product has reviews)');
  if (!present(product.review)) warn('review', 'is recommended (when the product has reviews)');
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
