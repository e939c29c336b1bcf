// The React storefront's production server (`node server.js`) and development server
// (`node server.js --dev`, Vite with hot reload): one Node process serving the React Router app
// (pages, the storefront handler at /api/storefront/*, /api/demo/info) and the built static files,
// through demo-kit's serveDemoApp (PORT, default 4101; HOST; SANDBOX_URL and BIGCOMMERCE_* as its
// resolveBackend reads them; compression and the headers every answer carries).
import { serveDemoApp } from '@bc-headless/demo-kit';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('.', import.meta.url));

await serveDemoApp({
  name: 'react-storefront',
  defaultPort: 4101,
  async load({ mode, backend, server }) {
    if (mode === 'dev') {
      const { createServer: createViteServer } = await import('vite');
      // Hot reload over this server's own port (two demos in development would collide on Vite's default).
      // @react-router/node goes through Vite too, so that it and the app share one copy of
      // react-router (else the router context's class differs: "Invalid `context` value").
      const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: { server } }, appType: 'custom', ssr: { noExternal: ['@react-router/node'] } });
      const apps = new WeakMap();
      const handle = (req, res) =>
        vite.middlewares(req, res, async () => {
          try {
            // Loaded per request: an edit to the app or server/app.ts is picked up without a restart.
            const mod = await vite.ssrLoadModule('/server/app.ts');
            if (!apps.has(mod)) apps.set(mod, mod.createApp(backend));
            apps.get(mod)(req, res);
          } catch (error) {
            vite.ssrFixStacktrace(error);
            console.error(error);
            res.statusCode = 500;
            res.end(String(error?.stack ?? error));
          }
        });
      return { handle, close: () => vite.close() };
    }
    const { createApp } = await import('./dist/server/index.js');
    const app = createApp(backend);
    // Hashed build output (dist/client/assets) never changes under its name: cache it a year.
    const assets = sirv(`${root}dist/client`, {
      etag: true,
      gzip: false,
      setHeaders(res, pathname) {
        res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    });
    return { handle: (req, res) => assets(req, res, () => app(req, res)) };
  },
});
