// The React storefront's production server (`node server.js`) and development server
// (`node server.js --dev`, Vite with hot reload): one Node process serving the React Router app
// (pages, the storefront handler at /api/storefront/*, /api/demo/info), the built static files and
// compression. PORT (default 4101; 0 = any), HOST (default 127.0.0.1), SANDBOX_URL and
// BIGCOMMERCE_* as @bc-headless/demo-kit's resolveBackend reads them.
import { resolveBackend } from '@bc-headless/demo-kit';
import compression from 'compression';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const NAME = 'react-storefront';
const root = fileURLToPath(new URL('.', import.meta.url));
const mode = process.argv.includes('--dev') ? 'dev' : 'prod';
const port = process.env.PORT ? Number(process.env.PORT) : 4101;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`${NAME}: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}
const host = process.env.HOST || '127.0.0.1';

// Headers every answer carries (pages add their CSP with a nonce: app/entry.server.tsx).
function baseHeaders(res) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

try {
  const backend = await resolveBackend(process.env);
  const compress = compression();
  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
  let handle;
  let closeApp = async () => {};
  const server = createServer((req, res) => {
    baseHeaders(res);
    compress(req, res, () => handle(req, res));
  });
  // Malformed HTTP framing: say so instead of Node's bare 400.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nMalformed HTTP request.\n');
  });

  if (mode === 'dev') {
    const { createServer: createViteServer } = await import('vite');
    // Hot reload over this server's own port (two demos in development would collide on Vite's default).
    // @react-router/node goes through Vite too, so that it and the app share one copy of
    // react-router (else the router context's class differs: "Invalid `context` value").
    const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: { server } }, appType: 'custom', ssr: { noExternal: ['@react-router/node'] } });
    const apps = new WeakMap();
    handle = (req, res) =>
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
    closeApp = () => vite.close();
  } else {
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
    handle = (req, res) => assets(req, res, () => app(req, res));
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const shown = host !== '0.0.0.0' ? host : '127.0.0.1';
  console.log(`${NAME} (${mode}, ${backend.kind}): http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`);
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void closeApp().then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`${NAME}: ${error.message}`);
  process.exit(1);
}
