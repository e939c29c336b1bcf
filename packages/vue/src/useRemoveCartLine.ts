import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Removes a cart line; removing the last one deletes the cart. */
export const useRemoveCartLine = (): StorefrontMutation<'removeCartLine'> => layerMutation('useRemoveCartLine', 'removeCartLine');
