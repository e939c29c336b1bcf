/**
 * `@bc-headless/core/queries`: TanStack Query options for a BigCommerce storefront, framework-free.
 * A separate entry so the plain client stays small; it imports only types from query-core.
 */
export { storefrontQueries, type StorefrontQueries, type StorefrontQueriesOptions } from './storefrontQueries.js';
export { storefrontKeys, type StorefrontKeys, type ProductListParams, type ProductPageParams } from './storefrontKeys.js';
export { customerScope, type CustomerScope } from './customerScope.js';
export { createRouteCaller, type RouteCaller, type RouteCallOptions } from './createRouteCaller.js';
// The browser half of server rendering: reads what `dehydratedStateScript` (core/server) wrote.
export { readDehydratedState, DEHYDRATED_STATE_ID, type DehydratedStateDocument } from './readDehydratedState.js';
export { resolveRoute, type ResolvedRoute, type ResolveRouteOptions } from './resolveRoute.js';
export { cartItemCount } from './cartItemCount.js';
export { formatMoney } from './formatMoney.js';
// The same open-redirect check the server's /login and /session-sync routes use, for the app's
// own sign-in page (`/login?redirectTo=` is where hosted checkout sends shoppers).
export { safeRedirectPath } from '../safeRedirectPath.js';
export { toProduct, findVariant, defaultSelection, type Product, type ProductOption, type ProductVariant } from './toProduct.js';
export { cardInstrument, type PaymentInstrument, type PlaceOrderVariables, type PlacedOrder } from './placeOrder.js';
export { checkoutSummary, type CheckoutSummary } from './checkoutSummary.js';
export { finishCheckout, type FinishCheckoutOptions } from './finishCheckout.js';
export type { QueryLayerClient } from './QueryLayerContext.js';
export type { StorefrontQueryOptions, StorefrontInfiniteQueryOptions, StorefrontMutationOptions } from './StorefrontQueryOptions.js';
export type { SiteSettings } from './catalogQueries.js';
export type { ViewParts, ViewQueryClient } from './prefetchView.js';
export type { AddToCartVariables, UpdateCartLineVariables, RemoveCartLineVariables, CartBefore } from './cartMutations.js';
export type { LoginVariables, LoginResult, LogoutResult, ScopeBefore } from './authMutations.js';
export type { CheckoutAddress, ShippingConsignmentVariables, ShippingOptionVariables, ShippingOptionBefore } from './checkoutMutations.js';
export { graphql, type GraphQLDocument, type Money, type PageInfo, type ImageResult } from './documents/GraphQLDocument.js';
export * from './documents/catalogDocuments.js';
export * from './documents/cartDocuments.js';
export * from './documents/checkoutDocuments.js';
export * from './documents/customerDocuments.js';
export * from './documents/routeDocuments.js';
