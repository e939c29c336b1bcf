// The sitemap's reads: only what a URL needs (`path`), 50 per page as BigCommerce allows, walked
// with `after` cursors. Paths are the same in every locale on BigCommerce (a channel has one URL
// per entity; the locale changes names and descriptions), so one walk serves every locale.
import { graphql, type PageInfo } from '../queries/documents/GraphQLDocument.js';

/** Variables of a sitemap page. */
export interface SitemapPageVariables {
  first: number;
  after?: string | null;
}

/** One page of entities' paths (a web page that links elsewhere has none). */
export interface SitemapConnection {
  edges: { node: { entityId: number; path?: string } }[] | null;
  pageInfo: PageInfo;
}

/** Result of `SITEMAP_PRODUCTS`. */
export interface SitemapProductsResult {
  site: { products: SitemapConnection };
}

/** One page of every product's path (`site.products`, the whole channel's catalog). */
export const SITEMAP_PRODUCTS = graphql<SitemapProductsResult, SitemapPageVariables>(`query BcHeadlessSitemapProducts($first: Int, $after: String) {
  site {
    products(first: $first, after: $after) {
      edges { node { entityId path } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`);

/** Result of `SITEMAP_PRODUCT_CURSORS`. */
export interface SitemapProductCursorsResult {
  site: { products: { pageInfo: PageInfo } };
}

/** The sitemap index's walk: only each page's end cursor, where the next sitemap file starts. */
export const SITEMAP_PRODUCT_CURSORS = graphql<SitemapProductCursorsResult, SitemapPageVariables>(`query BcHeadlessSitemapProductCursors($first: Int, $after: String) {
  site {
    products(first: $first, after: $after) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`);

/** Result of `SITEMAP_BRANDS`. */
export interface SitemapBrandsResult {
  site: { brands: SitemapConnection };
}

/** One page of every brand's path (`site.brands`). */
export const SITEMAP_BRANDS = graphql<SitemapBrandsResult, SitemapPageVariables>(`query BcHeadlessSitemapBrands($first: Int, $after: String) {
  site {
    brands(first: $first, after: $after) {
      edges { node { entityId path } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`);

/** Result of `SITEMAP_BRAND_CURSORS`. */
export interface SitemapBrandCursorsResult {
  site: { brands: { pageInfo: PageInfo } };
}

/** The index's walk over brands: only each page's end cursor. */
export const SITEMAP_BRAND_CURSORS = graphql<SitemapBrandCursorsResult, SitemapPageVariables>(`query BcHeadlessSitemapBrandCursors($first: Int, $after: String) {
  site {
    brands(first: $first, after: $after) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`);

/** Result of `SITEMAP_PAGES`. */
export interface SitemapPagesResult {
  site: { content: { pages: SitemapConnection } };
}

// `path` is on each page type that lives on the storefront; `ExternalLinkPage` points elsewhere
// and has none, so it is left out of the sitemap.
const PAGE_PATH = '... on NormalPage { path } ... on ContactPage { path } ... on RawHtmlPage { path } ... on BlogIndexPage { path }';

/** One page of every web page's path (`site.content.pages`: About, Contact, the blog index, …). */
export const SITEMAP_PAGES = graphql<SitemapPagesResult, SitemapPageVariables>(`query BcHeadlessSitemapPages($first: Int, $after: String) {
  site {
    content {
      pages(first: $first, after: $after) {
        edges { node { entityId ${PAGE_PATH} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
}`);

/** Result of `SITEMAP_PAGE_CURSORS`. */
export interface SitemapPageCursorsResult {
  site: { content: { pages: { pageInfo: PageInfo } } };
}

/** The index's walk over web pages: only each page's end cursor. */
export const SITEMAP_PAGE_CURSORS = graphql<SitemapPageCursorsResult, SitemapPageVariables>(`query BcHeadlessSitemapPageCursors($first: Int, $after: String) {
  site {
    content {
      pages(first: $first, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
}`);

/** A category of the tree with its children (`hasChildren` is read at the deepest level asked). */
export interface SitemapCategory {
  entityId: number;
  path: string;
  hasChildren?: boolean;
  children?: SitemapCategory[];
}

/** Variables of `SITEMAP_CATEGORIES`: the subtree's root, or none for the whole tree. */
export interface SitemapCategoriesVariables {
  rootEntityId?: number | null;
}

/** Result of `SITEMAP_CATEGORIES`. */
export interface SitemapCategoriesResult {
  site: { categoryTree: SitemapCategory[] };
}

/** Levels of the tree one `SITEMAP_CATEGORIES` request reads. */
export const SITEMAP_CATEGORY_LEVELS = 3;

// `categoryTree` is not paged and GraphQL needs each level spelled out. Three levels keep the
// request within BigCommerce's complexity budget (five levels scored over it in
// tests/queries/documents.test.ts); a deepest category that `hasChildren` is read again as the
// root of its own subtree, so deeper trees are still listed whole.
const LEVEL = (inner: string) => `entityId path ${inner ? `children { ${inner} }` : 'hasChildren'}`;
const TREE = Array.from({ length: SITEMAP_CATEGORY_LEVELS - 1 }).reduce<string>((inner) => LEVEL(inner), LEVEL(''));

/** Every category's path, three levels from the root or from `$rootEntityId` (`site.categoryTree`). */
export const SITEMAP_CATEGORIES = graphql<SitemapCategoriesResult, SitemapCategoriesVariables>(`query BcHeadlessSitemapCategories($rootEntityId: Int) {
  site {
    categoryTree(rootEntityId: $rootEntityId) { ${TREE} }
  }
}`);
