// Route resolution: which BigCommerce entity (or redirect) a storefront path names. Fields are
// BigCommerce's (shared/bigcommerce-storefront.graphql: Site.route, Route, Redirect, RedirectTo).
import { graphql } from './GraphQLDocument.js';

/** A dynamic redirect's target (a product, category, brand, web page or blog post), or a manual one's URL. */
export type RedirectToResult =
  | { __typename: 'ProductRedirect' | 'CategoryRedirect' | 'BrandRedirect' | 'PageRedirect' | 'BlogPostRedirect'; path: string }
  | { __typename: 'ManualRedirect'; url: string };

/** The entity a path names, as `ROUTE` selects it. */
export type RouteNodeResult =
  | { __typename: 'Product' | 'Category' | 'Brand' | 'NormalPage' | 'ContactPage' | 'RawHtmlPage' | 'BlogPost'; entityId: number; name: string; path: string }
  | { __typename: 'Blog'; name: string; path: string }
  | { __typename: string };

/** Result of `ROUTE`. */
export interface RouteResult {
  site: {
    route: {
      node: RouteNodeResult | null;
      redirect: { fromPath: string; toUrl: string; to: RedirectToResult | { __typename: string } } | null;
    };
  };
}

/**
 * `site.route` with `redirectBehavior: IGNORE`: the entity at the path and, separately, a redirect
 * from it, so the caller decides (a redirect to the very page asked for is not followed).
 */
export const ROUTE = graphql<RouteResult, { path: string; locale?: string | null }>(`query BcHeadlessRoute($path: String!, $locale: String)
@shopperPreferences(locale: $locale) {
  site {
    route(path: $path, redirectBehavior: IGNORE) {
      node {
        __typename
        ... on Product { entityId name path }
        ... on Category { entityId name path }
        ... on Brand { entityId name path }
        ... on NormalPage { entityId name path }
        ... on ContactPage { entityId name path }
        ... on RawHtmlPage { entityId name path }
        ... on Blog { name path }
        ... on BlogPost { entityId name path }
      }
      redirect {
        fromPath
        toUrl
        to {
          __typename
          ... on ProductRedirect { path }
          ... on CategoryRedirect { path }
          ... on BrandRedirect { path }
          ... on PageRedirect { path }
          ... on BlogPostRedirect { path }
          ... on ManualRedirect { url }
        }
      }
    }
  }
}`);
