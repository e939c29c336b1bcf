import type { JsonLdObject } from './HeadDescriptor.js';
import { plainText, truncateText } from './plainText.js';
import { safeHttpUrl } from './safeUrl.js';

/** A list as BigCommerce returns it (`{ edges: [{ node }] }`) or already unwrapped. */
export type ListLike<T> = readonly T[] | { edges: readonly { node: T }[] | null } | null | undefined;

/** A BigCommerce `Money`. */
export interface MoneyLike {
  value: number;
  currencyCode: string;
}

/** A BigCommerce product review (`Review`). */
export interface ReviewLike {
  author?: { name: string } | null;
  rating: number;
  title?: string | null;
  text?: string | null;
  createdAt?: { utc: string } | null;
}

/** The BigCommerce `Product` fields `productJsonLd` reads; every one but `name` may be missing. */
export interface ProductJsonLdInput {
  name: string;
  sku?: string | null;
  mpn?: string | null;
  gtin?: string | null;
  upc?: string | null;
  /** HTML, as BigCommerce returns it; written as plain text. */
  description?: string | null;
  plainTextDescription?: string | null;
  condition?: 'NEW' | 'USED' | 'REFURBISHED' | null;
  brand?: { name: string } | null;
  prices?: { price: MoneyLike } | null;
  availabilityV2?: { status: 'Available' | 'Preorder' | 'Unavailable' | string } | null;
  inventory?: { isInStock: boolean } | null;
  defaultImage?: { url: string } | null;
  images?: ListLike<{ url: string }>;
  /** `reviewSummary`: the rating is `summationOfRatings / numberOfReviews` (BigCommerce deprecated `averageRating`). */
  reviewSummary?: { numberOfReviews: number; summationOfRatings?: number | null; averageRating?: number | null } | null;
  reviews?: ListLike<ReviewLike>;
}

/** Options of `productJsonLd`. */
export interface ProductJsonLdOptions {
  /** The product page's absolute URL (its canonical URL): `url` of the product and of its offer. */
  url: string;
}

const SCHEMA = 'https://schema.org/';

/** A connection's nodes or the list itself. */
export function nodesOf<T>(list: ListLike<T>): T[] {
  if (!list) return [];
  if (Array.isArray(list)) return [...(list as readonly T[])];
  return ((list as { edges: readonly { node: T }[] | null }).edges ?? []).map((e) => e.node);
}

/**
 * schema.org availability of a BigCommerce product: `availabilityV2.status` first (Preorder →
 * PreOrder, Unavailable → OutOfStock), then `inventory.isInStock` (false → OutOfStock).
 */
export function schemaAvailability(product: Pick<ProductJsonLdInput, 'availabilityV2' | 'inventory'>): string {
  const status = product.availabilityV2?.status;
  if (status === 'Preorder') return `${SCHEMA}PreOrder`;
  if (status === 'Unavailable' || product.inventory?.isInStock === false) return `${SCHEMA}OutOfStock`;
  return `${SCHEMA}InStock`;
}

const CONDITIONS: Record<string, string> = { NEW: 'NewCondition', USED: 'UsedCondition', REFURBISHED: 'RefurbishedCondition' };
// GTIN-8, -12 (UPC), -13 (EAN) and -14; schema.org's `gtin` takes any of them as digits only.
const GTIN = /^(\d{8}|\d{12,14})$/;
const text = (value: string | null | undefined, max: number) => truncateText(plainText(value), max);

/**
 * A schema.org `Product` from a BigCommerce product, for Google's product snippets and merchant
 * listings: `offers` (price, currency, availability, condition, url), brand, sku/gtin/mpn,
 * images, and `aggregateRating` and `review` only when the product has reviews (Google refuses
 * a rating with no reviews). Image URLs that are not http(s) are dropped.
 */
export function productJsonLd(product: ProductJsonLdInput, options: ProductJsonLdOptions): JsonLdObject {
  const url = safeHttpUrl(options.url);
  if (!url) throw new TypeError(`productJsonLd: options.url ${JSON.stringify(String(options.url).slice(0, 100))} is not an absolute http(s) URL; pass the product page's canonical URL.`);
  const ld: JsonLdObject = { '@context': 'https://schema.org', '@type': 'Product', name: text(product.name, 300), url };
  const description = text(product.plainTextDescription, 5000) || text(product.description, 5000);
  if (description) ld.description = description;
  const images = [product.defaultImage, ...nodesOf(product.images)].map((image) => safeHttpUrl(image?.url)).filter((u): u is string => u !== null);
  if (images.length) ld.image = [...new Set(images)];
  if (product.sku?.trim()) ld.sku = product.sku.trim().slice(0, 100);
  if (product.mpn?.trim()) ld.mpn = product.mpn.trim().slice(0, 100);
  const gtin = [product.gtin, product.upc].map((g) => g?.trim()).find((g) => g && GTIN.test(g));
  if (gtin) ld.gtin = gtin;
  const brand = text(product.brand?.name, 200);
  if (brand) ld.brand = { '@type': 'Brand', name: brand };
  const price = product.prices?.price;
  if (price && Number.isFinite(price.value) && /^[A-Z]{3}$/.test(price.currencyCode)) {
    const offer: JsonLdObject = { '@type': 'Offer', url, price: price.value, priceCurrency: price.currencyCode, availability: schemaAvailability(product) };
    const condition = product.condition ? CONDITIONS[product.condition] : undefined;
    if (condition) offer.itemCondition = `${SCHEMA}${condition}`;
    ld.offers = offer;
  }
  const summary = product.reviewSummary;
  const count = summary?.numberOfReviews ?? 0;
  const average = count > 0 && summary?.summationOfRatings != null ? Math.round((summary.summationOfRatings / count) * 100) / 100 : (summary?.averageRating ?? 0);
  if (count > 0 && average > 0) {
    ld.aggregateRating = { '@type': 'AggregateRating', ratingValue: average, reviewCount: count, bestRating: 5, worstRating: 1 };
    const reviews = nodesOf(product.reviews)
      .filter((r) => r.author?.name && Number.isFinite(r.rating))
      .map((r): JsonLdObject => {
        const review: JsonLdObject = { '@type': 'Review', author: { '@type': 'Person', name: text(r.author!.name, 100) }, reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: 5, worstRating: 1 } };
        if (r.title) review.name = text(r.title, 300);
        if (r.text) review.reviewBody = text(r.text, 5000);
        if (r.createdAt?.utc) review.datePublished = r.createdAt.utc;
        return review;
      });
    if (reviews.length) ld.review = reviews;
  }
  return ld;
}
