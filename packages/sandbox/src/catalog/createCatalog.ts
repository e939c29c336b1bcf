import type { LocalizedText, SandboxSeed, SeedCategory, SeedOption, SeedProduct, SeedVariant } from './SandboxSeed.js';
import type { SeedBlog, SeedBlogPost, SeedBrand, SeedCurrency, SeedLocation, SeedRedirect, SeedReview, SeedStoreSettings, SeedWebPage } from './SeedStorefrontContent.js';

/** A product as the store keeps it: options and at least one variant always present. */
export interface CatalogProduct extends SeedProduct {
  options: SeedOption[];
  variants: SeedVariant[];
  imageCount: number;
}

/**
 * The store's catalog, read by the GraphQL API and by the platform side (generated product
 * images need a product's English name and colour: `productById(id)?.name.en` / `.color`).
 */
export interface Catalog {
  /** Products in catalog order (the order `site.products` lists them). */
  readonly products: readonly CatalogProduct[];
  readonly categories: readonly SeedCategory[];
  productById(entityId: number): CatalogProduct | undefined;
  productBySku(sku: string): CatalogProduct | undefined;
  categoryById(entityId: number): SeedCategory | undefined;
  /** The variant with this id, and its product. */
  variantById(entityId: number): { product: CatalogProduct; variant: SeedVariant } | undefined;
  /** The variant of a product that has exactly these option values (order-insensitive). */
  variantForOptions(product: CatalogProduct, optionValueIds: readonly number[]): SeedVariant | undefined;
  /** Image ids of a product, default image first. */
  imageIds(product: CatalogProduct): number[];
  /** Ids of a category and all its descendants. */
  categoryAndDescendants(entityId: number): number[];
  readonly brands: readonly SeedBrand[];
  brandById(entityId: number): SeedBrand | undefined;
  /** Web pages in entity id order. */
  readonly webPages: readonly SeedWebPage[];
  webPageById(entityId: number): SeedWebPage | undefined;
  /** The blog, or null when the seed has none. */
  readonly blog: SeedBlog | null;
  blogPostById(entityId: number): SeedBlogPost | undefined;
  readonly redirects: readonly SeedRedirect[];
  /** A product's reviews, oldest first. */
  reviewsOf(productEntityId: number): readonly SeedReview[];
  /** Adds a review (approved at once) with the next review id and returns it. */
  addReview(review: Omit<SeedReview, 'entityId'>): SeedReview;
  /** Every review (for a data dir's snapshot), and replacing them all (restoring one). */
  allReviews(): SeedReview[];
  replaceReviews(reviews: readonly SeedReview[]): void;
  /** Inventory locations, the default first (never empty). */
  readonly locations: readonly SeedLocation[];
  readonly storeSettings: SeedStoreSettings;
  /** Currencies shoppers can see prices in, the store's default first (rate 1). */
  readonly currencies: ReadonlyArray<SeedCurrency & { isDefault: boolean }>;
  currencyByCode(code: string): (SeedCurrency & { isDefault: boolean }) | undefined;
}

/** How the store's default currency shows when the seed does not describe it. */
function defaultCurrency(code: string): SeedCurrency & { isDefault: boolean } {
  const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? code;
  const name = new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  return { entityId: 1, code, name, exchangeRate: 1, isTransactional: true, symbol, symbolPlacement: 'LEFT', isDefault: true };
}

/** Picks the text for a locale, falling back to the default locale (`en`) when untranslated. */
export function localize(text: LocalizedText, locale: string): string {
  return text[locale] ?? text.en;
}

/** The generated image id of a product's `index`-th image. */
function imageId(productEntityId: number, index: number): number {
  return productEntityId * 10 + index + 1;
}

function normalize(product: SeedProduct, nextVariantId: () => number): CatalogProduct {
  const options = product.options ?? [];
  const variants =
    product.variants && product.variants.length > 0
      ? product.variants
      : [{ entityId: nextVariantId(), sku: product.sku, optionValueIds: [], stock: product.stock ?? 0 }];
  return { ...product, options, variants, imageCount: Math.max(1, product.imageCount ?? 1) };
}

/** Builds the catalog from a seed (deep-copied, so mutations never reach the seed). */
export function createCatalog(seed: Pick<SandboxSeed, 'products' | 'categories' | 'brands' | 'webPages' | 'blog' | 'redirects' | 'reviews' | 'locations' | 'storeSettings'> & Partial<Pick<SandboxSeed, 'currencyCode' | 'currencies'>>): Catalog {
  const copy = structuredClone({
    products: seed.products,
    categories: seed.categories,
    brands: seed.brands ?? [],
    webPages: [...(seed.webPages ?? [])].sort((a, b) => a.entityId - b.entityId),
    blog: seed.blog ?? null,
    redirects: seed.redirects ?? [],
    reviews: seed.reviews ?? [],
    locations: seed.locations?.length ? seed.locations : [{ entityId: 1, code: 'BC-LOCATION-1', typeId: 'PHYSICAL' as const }],
    storeSettings: seed.storeSettings ?? {},
    currencies: [
      { ...(seed.currencies?.find((c) => c.code === (seed.currencyCode ?? 'USD')) ?? defaultCurrency(seed.currencyCode ?? 'USD')), exchangeRate: 1, isTransactional: true, isDefault: true },
      ...(seed.currencies ?? []).filter((c) => c.code !== (seed.currencyCode ?? 'USD')).map((c) => ({ ...c, isDefault: false })),
    ],
  });
  const reviews = new Map<number, SeedReview[]>();
  const setReviews = (list: readonly SeedReview[]) => {
    reviews.clear();
    for (const r of [...list].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.entityId - b.entityId)) {
      reviews.set(r.productEntityId, [...(reviews.get(r.productEntityId) ?? []), r]);
    }
  };
  setReviews(copy.reviews);
  let maxVariant = 0;
  for (const p of copy.products) for (const v of p.variants ?? []) maxVariant = Math.max(maxVariant, v.entityId);
  const products = copy.products.map((p) => normalize(p, () => ++maxVariant));
  const byId = new Map(products.map((p) => [p.entityId, p]));
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const categoriesById = new Map(copy.categories.map((c) => [c.entityId, c]));
  const variants = new Map<number, { product: CatalogProduct; variant: SeedVariant }>();
  for (const product of products) for (const variant of product.variants) variants.set(variant.entityId, { product, variant });
  return {
    products,
    categories: copy.categories,
    productById: (id) => byId.get(id),
    productBySku: (sku) => bySku.get(sku) ?? variantsBySku(sku),
    categoryById: (id) => categoriesById.get(id),
    variantById: (id) => variants.get(id),
    variantForOptions(product, ids) {
      const wanted = [...ids].sort((a, b) => a - b).join(',');
      return product.variants.find((v) => [...v.optionValueIds].sort((a, b) => a - b).join(',') === wanted);
    },
    imageIds: (product) => Array.from({ length: product.imageCount }, (_, i) => imageId(product.entityId, i)),
    brands: copy.brands,
    brandById: (id) => copy.brands.find((b) => b.entityId === id),
    webPages: copy.webPages,
    webPageById: (id) => copy.webPages.find((p) => p.entityId === id),
    blog: copy.blog,
    blogPostById: (id) => copy.blog?.posts.find((p) => p.entityId === id),
    redirects: copy.redirects,
    reviewsOf: (id) => reviews.get(id) ?? [],
    addReview(review) {
      const all = [...reviews.values()].flat();
      const added = { ...review, entityId: Math.max(0, ...all.map((r) => r.entityId)) + 1 };
      reviews.set(review.productEntityId, [...(reviews.get(review.productEntityId) ?? []), added]);
      return added;
    },
    allReviews: () => structuredClone([...reviews.values()].flat()),
    replaceReviews: (list) => setReviews(structuredClone(list)),
    locations: copy.locations,
    storeSettings: copy.storeSettings,
    currencies: copy.currencies,
    currencyByCode: (code) => copy.currencies.find((c) => c.code === code),
    categoryAndDescendants(id) {
      const out = [id];
      for (let i = 0; i < out.length; i++) {
        for (const c of copy.categories) if (c.parentEntityId === out[i] && !out.includes(c.entityId)) out.push(c.entityId);
      }
      return out;
    },
  };
  function variantsBySku(sku: string): CatalogProduct | undefined {
    for (const { product, variant } of variants.values()) if (variant.sku === sku) return product;
    return undefined;
  }
}
