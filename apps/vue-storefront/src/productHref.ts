/** The app path of a product page. */
export const productHref = (product: { entityId: number; path: string }): string => `/product/${product.entityId}${product.path.replace(/\/$/, '')}`;
