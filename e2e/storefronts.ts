/** How the suite runs one demo storefront. */
export interface StorefrontEntry {
  /** The app's folder. Its production server is `node <root>/server.js`, which reads PORT, HOST,
   * SANDBOX_URL and BIGCOMMERCE_TRUSTED_PROXY_SECRET and prints `<name> (prod, <backend>): <url>`. */
  root: string;
  /** A file the production build writes, relative to `root`: checked before starting. */
  built: string;
  /** Pages are rendered on the server (with their data): tests/serverRendered.spec.ts runs for it. */
  ssr?: boolean;
}

/**
 * The demo storefronts this suite drives, by name. Adding a demo is one line here; the specs
 * stay as they are (they only use the accessible names every demo shares).
 */
export const STOREFRONTS: Record<string, StorefrontEntry> = {
  react: { root: 'apps/react-storefront', built: 'dist/server/index.js', ssr: true },
  vue: { root: 'apps/vue-storefront', built: 'dist/index.html' },
  svelte: { root: 'apps/svelte-storefront', built: 'dist/handler.js' },
};
