// The Svelte storefront's production server (`node server.js`) and development server
// (`node server.js --dev`, Vite with hot reload): one Node process serving the SvelteKit app
// (pages, the storefront handler at /api/storefront/*, /api/demo/info; dist/handler.js from
// adapter-node), with compression and the security headers every answer carries. PORT (default
// 4103; 0 = any), HOST (default 127.0.0.1), SANDBOX_URL and BIGCOMMERCE_* as
// @bc-headless/demo-kit's resolveBackend reads them (the app resolves the same environment:
// src/lib/server/storefront.ts; here only to fail early and print the backend's kind).
import { resolveBackend } from '@bc-headless/demo-kit';
import compression from 'compression';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const NAME = 'svelte-storefront';
const root = fileURLToPath(new URL('.', import.meta.url));
const mode = process.argv.includes('--dev') ? 'dev' : 'prod';
const port = process.env.PORT ? Number(process.env.PORT) : 4103;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`${NAME}: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}
const host = process.env.HOST || '127.0.0.1';

// Headers every answer carries (pages add their CSP with a nonce: svelte.config.js kit.csp).
function baseHeaders(res) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

try {
  const backend = await resolveBackend(process.env);
  const compress = compression();
  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
  let handle = (_req, res) => {
    res.statusCode = 503;
    res.end('Starting');
  };
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
    // SvelteKit's dev middleware inside this server; hot reload over this server's own port.
    const vite = await createViteServer({ root, server: { middlewareMode: true, hmr: { server } } });
    handle = (req, res) =>
      vite.middlewares(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
    closeApp = () => vite.close();
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const shown = host !== '0.0.0.0' ? host : '127.0.0.1';
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}`;
  if (mode === 'prod') {
    // adapter-node takes a request's origin from ORIGIN, else from its Host header with https://
    // (this server speaks http). Canonical URLs, sitemaps and the form actions' same-origin check
    // need the real one: PUBLIC_ORIGIN behind a proxy, else where this server listens. Read when
    // the handler is imported, so after listen (PORT=0 picks the port then).
    process.env.ORIGIN ||= process.env.PUBLIC_ORIGIN || url;
    // adapter-node's handler serves the hashed assets (immutable, a year) and prerendered files too.
    const { handler } = await import('./dist/handler.js');
    handle = (req, res) =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      });
  }
  console.log(`${NAME} (${mode}, ${backend.kind}): ${url}`);
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
