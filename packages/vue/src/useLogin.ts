import { layerMutation } from './layerMutation.js';
import type { StorefrontMutation } from './StorefrontContext.js';

/** Signs a customer in through the storefront handler (the token stays in its httpOnly cookie); the guest cart is merged. */
export const useLogin = (): StorefrontMutation<'login'> => layerMutation('useLogin', 'login');
