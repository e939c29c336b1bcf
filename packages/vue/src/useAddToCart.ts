import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Adds a line to the cart (creating the cart when needed); the answer replaces the cached cart, no refetch. */
export const useAddToCart = (): StorefrontMutation<'addToCart'> => layerMutation('useAddToCart', 'addToCart');
