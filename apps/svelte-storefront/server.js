// The Svelte storefront's production server (`node server.js`) and development server
// (`node server.js --dev`, Vite with hot reload): one Node process serving the SvelteKit app
// (pages, the storefront handler at /api/storefront/*, /api/demo/info; dist/handler.js from
// adapter-node), through demo-kit's serveDemoApp (PORT, default 4103; HOST; SANDBOX_URL and
// BIGCOMMERCE_* as its resolveBackend reads them, here only to fail early and print the backend's
// kind: the app resolves the same environment in src/lib/server/storefront.ts).
import { serveDemoApp } from '@bc-headless/demo-kit';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const notFound = (res) => {
  res.statusCode = 404;
  res.end('Not found');
};

await serveDemoApp({
  name: 'svelte-storefront',
  defaultPort: 4103,
  async load({ mode, server, url }) {
    if (mode === 'dev') {
      const { createServer: createViteServer } = await import('vite');
      // SvelteKit's dev middleware inside this server; hot reload over this server's own port.
      const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: { server } } });
      return { handle: (req, res) => vite.middlewares(req, res, () => notFound(res)), close: () => vite.close() };
    }
    // adapter-node takes a request's origin from ORIGIN, else from its Host header with https://
    // (this server speaks http). Canonical URLs, sitemaps and the form actions' same-origin check
    // need the real one: PUBLIC_ORIGIN behind a proxy, else where this server listens. Read when
    // the handler is imported, so after listen (PORT=0 picks the port then).
    process.env.ORIGIN ||= process.env.PUBLIC_ORIGIN || url;
    // adapter-node's handler serves the hashed assets (immutable, a year) and prerendered files too.
    const { handler } = await import('./dist/handler.js');
    return { handle: (req, res) => handler(req, res, () => notFound(res)) };
  },
});
