// Catalog reads. Each one carries `@shopperPreferences(locale: $locale)` so the locale travels in
// the body: it then survives any proxy in between (the storefront handler does not forward the
// browser's Accept-Language), and it wins over Accept-Language on BigCommerce
// (shared/bigcommerce-api.md, "Locale"; Catalyst passes it as a variable the same way).
import type { CartQueryResult } from './cartDocuments.js';
import type { CustomerResult } from './customerDocuments.js';
import { graphql, type ImageResult, type Money, type PageInfo } from './GraphQLDocument.js';
import { CART_FIELDS, CUSTOMER_FIELDS } from './shopperSelections.js';

/** The prices a product card or page shows. */
export interface PricesResult {
  price: Money;
  salePrice: Money | null;
  basePrice: Money | null;
}

/** One product in a grid: what a card shows, nothing more. */
export interface ProductCardResult {
  entityId: number;
  name: string;
  path: string;
  prices: PricesResult | null;
  defaultImage: ImageResult | null;
}

/** One page of products. */
export interface ProductPageResult {
  products: ProductCardResult[];
  pageInfo: PageInfo;
  totalItems: number | null;
}

/** Variables of `PRODUCTS`: a cursor page of a category, a search, or the whole catalog. */
export interface ProductsVariables {
  filters: { categoryEntityId?: number; searchTerm?: string };
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  imageWidth: number;
  locale?: string | null;
}

interface ProductConnection {
  edges: { node: ProductCardResult }[] | null;
  pageInfo: PageInfo;
  collectionInfo: { totalItems: number | null } | null;
}

/** Result of `PRODUCTS`. */
export interface ProductsResult {
  site: { search: { searchProducts: { products: ProductConnection } } };
}

// The selections below are shared by the one-part documents and by `VIEW`, so a field added to,
// say, the product card reaches the grid's own request and the first view's alike.
const MONEY = 'currencyCode value';
const PRICES = `prices { price { ${MONEY} } salePrice { ${MONEY} } basePrice { ${MONEY} } }`;
/** `site.search`: one cursor page of products (`$filters`, `$first`/`$after` or `$last`/`$before`, `$imageWidth`). */
const SEARCH = `{
      searchProducts(filters: $filters) {
        products(first: $first, after: $after, last: $last, before: $before) {
          edges { node { entityId name path ${PRICES} defaultImage { url(width: $imageWidth) altText } } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          collectionInfo { totalItems }
        }
      }
    }`;
const PRODUCTS_VARIABLES = '$filters: SearchProductsFiltersInput!, $first: Int, $after: String, $last: Int, $before: String, $imageWidth: Int!';

/**
 * One page of a product grid in one request: `searchProducts` covers the whole catalog (no
 * filter), a category and a search term with the same document and the same cursors.
 */
export const PRODUCTS = graphql<ProductsResult, ProductsVariables>(`query BcHeadlessProducts(
  ${PRODUCTS_VARIABLES}, $locale: String
) @shopperPreferences(locale: $locale) {
  site {
    search ${SEARCH}
  }
}`);

/** A product option value (e.g. "Medium"); swatches carry their colours. */
export interface ProductOptionValueResult {
  entityId: number;
  label: string;
  isDefault: boolean;
  hexColors?: string[];
}

/** A product option (e.g. "Size") with its values. */
export interface ProductOptionResult {
  entityId: number;
  displayName: string;
  isRequired: boolean;
  isVariantOption: boolean;
  displayStyle?: string;
  values?: { edges: { node: ProductOptionValueResult }[] | null };
}

/** Stock as BigCommerce reports it (`aggregated` is null when the store hides stock levels). */
export interface InventoryResult {
  isInStock: boolean;
  aggregated: { availableToSell: number } | null;
}

/** One purchasable combination of option values. */
export interface VariantResult {
  entityId: number;
  sku: string;
  isPurchasable: boolean;
  inventory: InventoryResult | null;
  prices: PricesResult | null;
  /** The variant's own option values: one value per option. */
  productOptions: { edges: { node: { entityId: number; values?: { edges: { node: { entityId: number } }[] | null } } }[] | null };
}

/** A product page's product, as BigCommerce returns it. */
export interface ProductDetailResult extends ProductCardResult {
  sku: string;
  description: string;
  minPurchaseQuantity: number | null;
  maxPurchaseQuantity: number | null;
  availabilityV2: { status: 'Available' | 'Preorder' | 'Unavailable' };
  inventory: InventoryResult;
  images: { edges: { node: ImageResult & { isDefault: boolean } }[] | null };
  productOptions: { edges: { node: ProductOptionResult }[] | null };
  variants: { edges: { node: VariantResult }[] | null };
}

/** Variables of `PRODUCT`. */
export interface ProductVariables {
  entityId: number;
  imageWidth: number;
  locale?: string | null;
}

/** Result of `PRODUCT`. */
export interface ProductResult {
  site: { product: ProductDetailResult | null };
}

/** `site.product(entityId: $entityId)`: a product page's product (`$imageWidth`). */
const PRODUCT_DETAIL = `{
      entityId name path sku description minPurchaseQuantity maxPurchaseQuantity
      ${PRICES}
      availabilityV2 { status }
      inventory { isInStock aggregated { availableToSell } }
      defaultImage { url(width: $imageWidth) altText }
      images(first: 10) { edges { node { url(width: $imageWidth) altText isDefault } } }
      productOptions(first: 10) {
        edges { node {
          entityId displayName isRequired isVariantOption
          ... on MultipleChoiceOption {
            displayStyle
            values(first: 25) { edges { node { entityId label isDefault ... on SwatchOptionValue { hexColors } } } }
          }
        } }
      }
      variants(first: 50) {
        edges { node {
          entityId sku isPurchasable
          inventory { isInStock aggregated { availableToSell } }
          ${PRICES}
          productOptions(first: 10) { edges { node { entityId ... on MultipleChoiceOption { values(first: 1) { edges { node { entityId } } } } } } }
        } }
      }
    }`;

/**
 * A product page: images, options with their values, and up to 50 variants with stock and
 * prices (BigCommerce's per-query maximum; a product with more variants pages them itself).
 */
export const PRODUCT = graphql<ProductResult, ProductVariables>(`query BcHeadlessProduct($entityId: Int!, $imageWidth: Int!, $locale: String)
@shopperPreferences(locale: $locale) {
  site {
    product(entityId: $entityId) ${PRODUCT_DETAIL}
  }
}`);

/** A category in the navigation tree. */
export interface CategoryTreeItemResult {
  entityId: number;
  name: string;
  path: string;
  productCount: number;
  hasChildren: boolean;
  children?: CategoryTreeItemResult[];
}

/** Result of `CATEGORY_TREE`. */
export interface CategoryTreeResult {
  site: { categoryTree: CategoryTreeItemResult[] };
}

/** `site.categoryTree`: three levels, what a storefront menu shows. */
const CATEGORY_ITEMS = `{
      entityId name path productCount hasChildren
      children {
        entityId name path productCount hasChildren
        children { entityId name path productCount hasChildren }
      }
    }`;

/** The category navigation, three levels deep (what a storefront menu shows). */
export const CATEGORY_TREE = graphql<CategoryTreeResult, { locale?: string | null }>(`query BcHeadlessCategoryTree($locale: String)
@shopperPreferences(locale: $locale) {
  site {
    categoryTree ${CATEGORY_ITEMS}
  }
}`);

/** Result of `SITE_SETTINGS`. */
export interface SiteSettingsResult {
  site: {
    settings: {
      storeName: string;
      locales: { code: string; isDefault: boolean }[];
      currency: { defaultCurrency: string };
    } | null;
  };
}

/** `site.settings`: not translated, the same for every shopper. */
const SETTINGS = '{ storeName locales { code isDefault } currency { defaultCurrency } }';

/** Store name, the channel's locales and its currency: what a header and a language switcher need. */
export const SITE_SETTINGS = graphql<SiteSettingsResult>(`query BcHeadlessSiteSettings {
  site { settings ${SETTINGS} }
}`);

/**
 * Variables of `VIEW`: which parts to fetch, the product page's list (send `filters: {}` without
 * one) and the session's cart id (`null` without one).
 */
export interface ViewVariables extends ProductsVariables {
  withSettings: boolean;
  withCategories: boolean;
  withProducts: boolean;
  withProduct: boolean;
  withCustomer: boolean;
  withCart: boolean;
  /** The product page's product (`null` without one). */
  productEntityId: number | null;
  cartEntityId: string | null;
}

/** Result of `VIEW`: the parts asked for (`@include`), each as its own document answers it. */
export interface ViewResult {
  site: Partial<SiteSettingsResult['site'] & CategoryTreeResult['site'] & ProductsResult['site'] & ProductResult['site'] & CartQueryResult['site']>;
  customer?: CustomerResult | null;
}

/**
 * A first view's data in one request: store settings, the category tree, a page of products or a
 * product page's product, the signed-in customer and the session's cart, each part optional
 * (`@include`) and selected exactly as `SITE_SETTINGS`, `CATEGORY_TREE`, `PRODUCTS`, `PRODUCT`,
 * `CUSTOMER_QUERY` and `CART_QUERY` select it. BigCommerce does not count skipped parts towards its
 * complexity limit (10,000 per request), so a view pays only for what it asks; the measured figures
 * are in tests/queries/documents.test.ts.
 */
export const VIEW = graphql<ViewResult, ViewVariables>(`query BcHeadlessView(
  $withSettings: Boolean!, $withCategories: Boolean!, $withProducts: Boolean!, $withProduct: Boolean!,
  $withCustomer: Boolean!, $withCart: Boolean!, $productEntityId: Int, $cartEntityId: String,
  ${PRODUCTS_VARIABLES}, $locale: String
) @shopperPreferences(locale: $locale) {
  site {
    settings @include(if: $withSettings) ${SETTINGS}
    categoryTree @include(if: $withCategories) ${CATEGORY_ITEMS}
    search @include(if: $withProducts) ${SEARCH}
    product(entityId: $productEntityId) @include(if: $withProduct) ${PRODUCT_DETAIL}
    cart(entityId: $cartEntityId) @include(if: $withCart) { ${CART_FIELDS} }
  }
  customer @include(if: $withCustomer) { ${CUSTOMER_FIELDS} }
}`);
