/**
 * `@bc-headless/vue`: a plugin and composables that hand `@bc-headless/core/queries` to
 * `@tanstack/vue-query`. No HTTP and no business logic here: that all lives in the core.
 */
export { storefront, type StorefrontPluginOptions } from './storefront.js';
export { storefrontKey, type StorefrontContext, type StorefrontMutation, type StorefrontMutationName } from './StorefrontContext.js';
export { useStorefront } from './useStorefront.js';
export { useSession } from './useSession.js';
export { useLocale } from './useLocale.js';
export { useProducts } from './useProducts.js';
export { useProductPages } from './useProductPages.js';
export { useProduct } from './useProduct.js';
export { useCategories } from './useCategories.js';
export { useCart } from './useCart.js';
export { useAddToCart } from './useAddToCart.js';
export { useUpdateCartLine } from './useUpdateCartLine.js';
export { useRemoveCartLine } from './useRemoveCartLine.js';
export { useCustomer } from './useCustomer.js';
export { useLogin } from './useLogin.js';
export { useLogout } from './useLogout.js';
export { useCheckout } from './useCheckout.js';
export { usePlaceOrder } from './usePlaceOrder.js';
export { useCheckoutRedirect } from './useCheckoutRedirect.js';
