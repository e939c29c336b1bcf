import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Signs a customer in through the storefront handler (the token stays in its httpOnly cookie); the guest cart is merged. */
export function useLogin(): StorefrontMutation<'login'> {
  const { queries, queryClient } = injectStorefront('useLogin');
  return useMutation(queries.login(), queryClient);
}
