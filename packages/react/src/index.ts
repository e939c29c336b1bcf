/**
 * `@bc-headless/react`: a provider and hooks that hand `@bc-headless/core/queries` to
 * `@tanstack/react-query`. No HTTP and no business logic here: that all lives in the core.
 * Every module that uses React state or context starts with `'use client'`; this barrel does not,
 * so a Server Component can import from it (it receives client references) and render the provider.
 */
export { StorefrontProvider, type StorefrontProviderProps } from './StorefrontProvider.js';
export { StorefrontContext, type StorefrontContextValue } from './StorefrontContext.js';
export { useStorefront } from './useStorefront.js';
export { useSession } from './useSession.js';
export { useLocale } from './useLocale.js';
export { useProducts } from './useProducts.js';
export { useProductPages } from './useProductPages.js';
export { useProduct } from './useProduct.js';
export { useCategories } from './useCategories.js';
export { useSuspenseProducts } from './useSuspenseProducts.js';
export { useSuspenseProduct } from './useSuspenseProduct.js';
export { useSuspenseCategories } from './useSuspenseCategories.js';
export { useSuspenseCart } from './useSuspenseCart.js';
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
