/**
 * `@bc-headless/svelte`: Svelte 5 bindings that hand `@bc-headless/core/queries` to
 * `@tanstack/svelte-query`. Same names as `@bc-headless/react`; arguments are functions, so they
 * stay reactive, and results are read through their properties. No HTTP and no business logic here.
 */
export { default as StorefrontProvider } from './StorefrontProvider.svelte';
export { setStorefrontContext, getStorefrontContext, useStorefront, type Storefront, type StorefrontOptions, type StorefrontProviderProps } from './storefrontContext.js';
export { createSessionReadable, type SessionReadable } from './createSessionReadable.js';
export { useSession } from './useSession.js';
export { useLocale, type LocaleStore } from './useLocale.js';
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
export { useCheckout, type CheckoutSteps } from './useCheckout.js';
export { usePlaceOrder } from './usePlaceOrder.js';
export { useCheckoutRedirect } from './useCheckoutRedirect.js';
