// The sitemap's reads: only what a URL needs (`path`), 50 per page as BigCommerce allows, walked
// with `after` cursors. Paths are the same in every locale on BigCommerce (a channel has one URL
// per entity; the locale changes names and descriptions), so one walk serves every locale.
import { graphql, type PageInfo } from '../queries/documents/GraphQLDocument.js';

/** Variables of a sitemap page. */
export interface SitemapPageVariables {
  first: number;
  after?: string | null;
}

/** One page of entities' paths. */
export interface SitemapConnection {
  edges: { node: { entityId: number; path: string } }[] | null;
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

/** A category of the tree with its children. */
export interface SitemapCategory {
  entityId: number;
  path: string;
  children?: SitemapCategory[];
}

/** Result of `SITEMAP_CATEGORIES`. */
export interface SitemapCategoriesResult {
  site: { categoryTree: SitemapCategory[] };
}

// `categoryTree` is not paged: one request returns the tree. GraphQL needs each level spelled
// out; five levels cover BigCommerce's storefront category menus (deeper ones are not listed).
const LEVEL = (inner: string) => `entityId path${inner ? ` children { ${inner} }` : ''}`;
const TREE = [1, 2, 3, 4].reduce((inner) => LEVEL(inner), LEVEL(''));

/** Every category's path (`site.categoryTree`, five levels deep). */
export const SITEMAP_CATEGORIES = graphql<SitemapCategoriesResult, Record<string, never>>(`query BcHeadlessSitemapCategories {
  site {
    categoryTree { ${TREE} }
  }
}`);
