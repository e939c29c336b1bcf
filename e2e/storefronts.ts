/**
 * The demo storefronts this suite drives, by name. Adding the Vue or Svelte demo is one line
 * here; the specs stay as they are (they only use the accessible names every demo shares).
 * Each is run from its production build (`dist/`) by @bc-headless/demo-kit's server.
 */
export const STOREFRONTS: Record<string, { root: string }> = {
  react: { root: 'apps/react-storefront' },
  vue: { root: 'apps/vue-storefront' },
  svelte: { root: 'apps/svelte-storefront' },
};
