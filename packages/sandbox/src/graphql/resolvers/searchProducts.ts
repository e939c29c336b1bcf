import type { CatalogProduct } from '../../catalog/createCatalog.js';
import { localize } from '../../catalog/createCatalog.js';
import { unitPriceOf } from '../../store/unitPriceOf.js';
import { apiError } from '../apiError.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { productView } from '../views/productView.js';
import { reviewSummary } from '../views/reviewsView.js';
import { sortProducts } from '../views/sortProducts.js';

/** `SearchProductsFiltersInput` as the sandbox reads it. */
export interface SearchFilters {
  brandEntityIds?: number[] | null;
  categoryEntityId?: number | null;
  categoryEntityIds?: number[] | null;
  hideOutOfStock?: boolean | null;
  isFeatured?: boolean | null;
  isFreeShipping?: boolean | null;
  price?: { minPrice?: number | null; maxPrice?: number | null } | null;
  productAttributes?: Array<{ attribute: string; values: string[] }> | null;
  rating?: { minRating?: number | null; maxRating?: number | null } | null;
  searchSubCategories?: boolean | null;
  searchTerm?: string | null;
}

/** The facet dimensions; each facet counts products that match every filter but its own. */
type Dimension = 'category' | 'brand' | 'price' | 'rating' | 'attributes' | 'other' | 'term';

/**
 * A product's attribute values: its option values (Size, Colour…) and the custom fields the store
 * makes filterable (`storeSettings.searchFilterCustomFields`, e.g. Roast, Material), as a merchant
 * picks which custom fields become product filters on BigCommerce.
 */
function attributesOf(product: CatalogProduct, customFields: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string, value: string) => out.set(name, (out.get(name) ?? new Set()).add(value));
  for (const option of product.options) for (const value of option.values) add(option.displayName, value.label);
  for (const field of product.customFields ?? []) if (customFields.includes(field.name)) add(field.name, field.value);
  return out;
}

function check(filters: SearchFilters): void {
  const { price, rating } = filters;
  for (const [name, value] of [['price.minPrice', price?.minPrice], ['price.maxPrice', price?.maxPrice]] as const) {
    if (value != null && !(value >= 0)) throw apiError(`Invalid filters.${name}: ${value} for searchProducts: prices are 0 or more.`, 'BAD_USER_INPUT');
  }
  for (const [name, value] of [['rating.minRating', rating?.minRating], ['rating.maxRating', rating?.maxRating]] as const) {
    if (value != null && !(value >= 0 && value <= 5)) throw apiError(`Invalid filters.${name}: ${value} for searchProducts: ratings run from 0 to 5.`, 'BAD_USER_INPUT');
  }
  if ((filters.productAttributes?.length ?? 0) > 50) throw apiError('Too many filters.productAttributes for searchProducts: pass at most 50.', 'BAD_USER_INPUT');
}

/**
 * `site.search.searchProducts(filters, sort)`: products matching every filter, and the facets
 * (category, brand, price, rating, product attributes, other) whose counts are those of the
 * products that match every other filter and the item, so the brand counts add up to the result
 * total when no brand is chosen, and picking an item gives as many products as its count said.
 * Prices filter by the price this shopper sees in the store's default currency.
 */
export function searchProducts(ctx: GraphQLContext, filters: SearchFilters, sort: string | null | undefined) {
  check(filters);
  const { catalog } = ctx.store;
  const group = ctx.customer?.customerGroup ?? null;
  const categoryIds = [...(filters.categoryEntityIds ?? []), ...(filters.categoryEntityId != null ? [filters.categoryEntityId] : [])];
  const withSubCategories = filters.searchSubCategories !== false;
  const allowed = new Set(categoryIds.flatMap((id) => (withSubCategories ? catalog.categoryAndDescendants(id) : [id])));
  const term = filters.searchTerm?.trim().toLowerCase() ?? '';
  const rating = (p: CatalogProduct) => reviewSummary(catalog.reviewsOf(p.entityId)).averageRating;
  const price = (p: CatalogProduct) => unitPriceOf(p, p.variants[0]!, group) / 100;
  const inStock = (p: CatalogProduct) => p.variants.some((v) => v.stock > 0);
  const customFields = catalog.storeSettings.searchFilterCustomFields ?? [];
  const attrs = (p: CatalogProduct) => attributesOf(p, customFields);
  // Each attribute is its own facet: its counts apply the other attributes' choices, not its own.
  let exceptAttribute: string | null = null;
  const tests: Record<Dimension, (p: CatalogProduct) => boolean> = {
    term: (p) => !term || [localize(p.name, ctx.locale), p.name.en, p.sku, localize(p.description, ctx.locale)].some((t) => t.toLowerCase().includes(term)),
    category: (p) => categoryIds.length === 0 || p.categoryEntityIds.some((id) => allowed.has(id)),
    brand: (p) => !filters.brandEntityIds?.length || (p.brandEntityId !== undefined && filters.brandEntityIds.includes(p.brandEntityId)),
    price: (p) => (filters.price?.minPrice == null || price(p) >= filters.price.minPrice) && (filters.price?.maxPrice == null || price(p) <= filters.price.maxPrice),
    rating: (p) => (filters.rating?.minRating == null || rating(p) >= filters.rating.minRating) && (filters.rating?.maxRating == null || rating(p) <= filters.rating.maxRating),
    attributes: (p) => {
      const own = attrs(p);
      return (filters.productAttributes ?? []).every((a) => a.attribute === exceptAttribute || a.values.length === 0 || a.values.some((v) => own.get(a.attribute)?.has(v)));
    },
    // No seeded product ships free: asking for free shipping finds nothing.
    other: (p) => (!filters.hideOutOfStock || inStock(p)) && (!filters.isFeatured || p.featured === true) && !filters.isFreeShipping,
  };
  const dimensions = Object.keys(tests) as Dimension[];
  const matchingExcept = (except: Dimension | null, attribute: string | null = null) => {
    exceptAttribute = attribute;
    const list = catalog.products.filter((p) => dimensions.every((d) => d === except || tests[d](p)));
    exceptAttribute = null;
    return list;
  };
  const results = matchingExcept(null);
  return {
    products: (args: PageArgs) => paginate(sortProducts(ctx, results, sort ?? 'RELEVANCE'), args, (p) => productView(ctx, p), 'SearchProducts.products'),
    filters: (args: PageArgs) => paginate(facets(ctx, filters, matchingExcept, { rating, inStock, attrs, allowed: categoryIds }), args, (f) => f, 'SearchProducts.filters'),
  };
}

function facets(
  ctx: GraphQLContext,
  filters: SearchFilters,
  matchingExcept: (d: Dimension | null, attribute?: string) => CatalogProduct[],
  { rating, inStock, attrs, allowed }: { rating: (p: CatalogProduct) => number; inStock: (p: CatalogProduct) => boolean; attrs: (p: CatalogProduct) => Map<string, Set<string>>; allowed: number[] },
) {
  const { catalog } = ctx.store;
  const base = { isCollapsedByDefault: false, displayProductCount: true };
  const named = (__typename: string, displayName: string) => ({ __typename, displayName, name: displayName, ...base });
  const list = <T>(items: T[], name: string) => (args: PageArgs) => paginate(items, args, (i) => i, name);

  const byCategory = matchingExcept('category');
  const categoryItem = (id: number): Record<string, unknown> | null => {
    const c = catalog.categoryById(id)!;
    const ids = new Set(catalog.categoryAndDescendants(id));
    const productCount = byCategory.filter((p) => p.categoryEntityIds.some((x) => ids.has(x))).length;
    if (productCount === 0) return null;
    const children = catalog.categories.filter((x) => x.parentEntityId === id).map((x) => categoryItem(x.entityId)).filter((x) => x !== null);
    return { entityId: id, name: localize(c.name, ctx.locale), isSelected: allowed.includes(id), productCount, subCategories: list(children, 'CategorySearchFilterItem.subCategories') };
  };
  const topCategories = catalog.categories.filter((c) => c.parentEntityId === undefined).map((c) => categoryItem(c.entityId)).filter((x) => x !== null);

  const byBrand = matchingExcept('brand');
  const brands = catalog.brands
    .map((b) => ({ entityId: b.entityId, name: b.name, isSelected: filters.brandEntityIds?.includes(b.entityId) ?? false, productCount: byBrand.filter((p) => p.brandEntityId === b.entityId).length }))
    .filter((b) => b.productCount > 0);

  const byRating = matchingExcept('rating');
  // "N stars and up", as Catalyst turns a choice into `minRating: N`.
  const ratings = [5, 4, 3, 2, 1]
    .map((n) => ({ value: String(n), isSelected: filters.rating?.minRating === n, productCount: byRating.filter((p) => rating(p) >= n).length }))
    .filter((r) => r.productCount > 0);

  const attributeNames = [...new Set(catalog.products.flatMap((p) => [...attrs(p).keys()]))];
  const attributes = attributeNames.flatMap((name) => {
    const byAttribute = matchingExcept(null, name);
    const chosen = filters.productAttributes?.find((a) => a.attribute === name)?.values ?? [];
    const values = [...new Set(byAttribute.flatMap((p) => [...(attrs(p).get(name) ?? [])]))];
    const items = values.map((value) => ({ value, isSelected: chosen.includes(value), productCount: byAttribute.filter((p) => attrs(p).get(name)?.has(value)).length }));
    return items.length ? [{ ...named('ProductAttributeSearchFilter', name), filterName: name, filterKey: name, attributes: list(items, 'ProductAttributeSearchFilter.attributes') }] : [];
  });

  const byOther = matchingExcept('other');
  const other = {
    ...named('OtherSearchFilter', 'Other'),
    isInStock: { displayName: 'In stock', isSelected: filters.hideOutOfStock === true, productCount: byOther.filter(inStock).length },
    isFeatured: { displayName: 'Featured', isSelected: filters.isFeatured === true, productCount: byOther.filter((p) => p.featured === true).length },
    freeShipping: null,
  };

  return [
    ...(topCategories.length ? [{ ...named('CategorySearchFilter', 'Category'), categories: list(topCategories, 'CategorySearchFilter.categories') }] : []),
    ...(brands.length ? [{ ...named('BrandSearchFilter', 'Brand'), brands: list(brands, 'BrandSearchFilter.brands') }] : []),
    { ...named('PriceSearchFilter', 'Price'), selected: filters.price && (filters.price.minPrice != null || filters.price.maxPrice != null) ? { minPrice: filters.price.minPrice ?? null, maxPrice: filters.price.maxPrice ?? null } : null },
    ...(ratings.length ? [{ ...named('RatingSearchFilter', 'Rating'), ratings: list(ratings, 'RatingSearchFilter.ratings') }] : []),
    other,
    ...attributes,
  ];
}
