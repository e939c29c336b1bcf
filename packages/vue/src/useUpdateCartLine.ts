import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Changes a cart line's quantity (0 removes it); the answer replaces the cached cart. */
export const useUpdateCartLine = (): StorefrontMutation<'updateCartLine'> => layerMutation('useUpdateCartLine', 'updateCartLine');
