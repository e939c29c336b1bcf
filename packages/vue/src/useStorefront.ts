import { StorefrontConfigError } from '@bc-headless/core';
import { getCurrentScope, hasInjectionContext, inject } from 'vue';
import { storefrontKey, type StorefrontContext } from './StorefrontContext.js';

/** `useStorefront` for the composable named `api`, so its errors name the call that failed. INTERNAL. */
export function injectStorefront(api: string): StorefrontContext {
  // Both are needed: inject() reads the plugin, and the effect scope stops the composable's
  // watchers and session listener when the component unmounts (without one they would leak).
  if (!hasInjectionContext() || !getCurrentScope()) {
    throw new StorefrontConfigError(`${api}() must be called in a component's setup() (or <script setup>), not in an event handler, a timer or at module level`, { field: api });
  }
  const context = inject(storefrontKey, null);
  if (!context) {
    throw new StorefrontConfigError(`${api}(): no storefront in this app; add app.use(storefront, { client: createStorefrontClient(…) }) (from @bc-headless/vue) before mounting`, { field: api });
  }
  return context;
}

/** The plugin's client, session store, query layer and QueryClient; call it in `setup()`. */
export const useStorefront = (): StorefrontContext => injectStorefront('useStorefront');
