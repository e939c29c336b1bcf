import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Signs the customer out; their cached profile, cart and checkout are dropped from memory. */
export const useLogout = (): StorefrontMutation<'logout'> => layerMutation('useLogout', 'logout');
