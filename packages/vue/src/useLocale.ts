import { computed, type WritableComputedRef } from 'vue';
import { sessionRef } from './useSession.js';
import { injectStorefront } from './useStorefront.js';

/**
 * The shopper's locale (`null`: the store's default) as a writable ref, ready for `v-model`.
 * Setting it re-keys only the catalog queries, so only they fetch, in the new language.
 */
export function useLocale(): WritableComputedRef<string | null> {
  const context = injectStorefront('useLocale');
  const state = sessionRef(context);
  return computed({ get: () => state.value.locale ?? context.client.config.locale ?? null, set: context.session.setLocale });
}
