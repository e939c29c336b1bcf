import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** Signs the customer out; their cached profile, cart and checkout are dropped from memory. */
export function useLogout(): StorefrontMutation<'logout'> {
  const { queries, queryClient } = injectStorefront('useLogout');
  return useMutation(queries.logout(), queryClient);
}
