import { useMutation } from '@tanstack/vue-query';
import type { StorefrontMutationName, StorefrontMutation } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/** `useMutation` over the layer's mutation `name`, for the composable `api`: the options go in untouched. INTERNAL. */
export function layerMutation<K extends StorefrontMutationName>(api: string, name: K): StorefrontMutation<K> {
  const { queries, queryClient } = injectStorefront(api);
  return useMutation((queries[name] as () => never)(), queryClient) as StorefrontMutation<K>;
}
