// A tiny server-rendered storefront for one adapter, built and served inside the test: the
// sandbox, the core's storefront server (handler + request context), the adapter's app compiled
// by Vite twice (a browser bundle written to a temp dir, and the server entry loaded through
// Vite's SSR pipeline), and a node:http server that renders the product page per request.
import { createServerClient, createStorefrontServer, DEHYDRATED_STATE_ID, dehydratedStateScript, toNodeHandler, type StorefrontRequestContext } from '@bc-headless/core/server';
import { createSandbox, defaultSeed, type Sandbox } from '@bc-headless/sandbox';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build, createServer as createViteServer, type PluginOption } from 'vite';
import { PAGE_PAYLOAD_ID, type PagePayload } from './pagePayload.js';

/** What each app's `entry-server.ts` exports (loaded through Vite's SSR pipeline). */
export interface ServerEntry {
  /** A fresh QueryClient of the app's own TanStack binding (Vue Query has its own class). */
  createQueryClient(): never;
  /** Renders the product page for one request: prefetch with `ctx`, render, dehydrate. */
  render(ctx: StorefrontRequestContext, productId: number): Promise<{ html: string; state: unknown }>;
}

/** A running app: its origin, the sandbox behind it, and the product every test opens. */
export interface SsrApp {
  url: string;
  sandbox: Sandbox;
  productId: number;
  close(): Promise<void>;
}

const quiet = { error() {}, warn() {}, info() {}, log() {} };
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * Builds and starts the app in `root` (with `entry-server.ts` and `entry-client.ts`).
 * - `csp`: the page is served with a nonce-based Content-Security-Policy (the nonce goes on every
 *   script element it writes).
 * - `hostile`: the product's name and description in the store are that text (the sandbox, like
 *   BigCommerce, returns the name as plain text, so it reaches the dehydrated state raw).
 * - `?broken-state` on a page URL: the state element holds truncated JSON (a damaged page).
 */
export async function startSsrApp({ root, plugins, hostile, csp = false }: { root: string; plugins: PluginOption[]; hostile?: string; csp?: boolean }): Promise<SsrApp> {
  const product = defaultSeed.products.find((p) => !p.options?.length && (p.stock ?? 1) > 0) ?? defaultSeed.products[0]!;
  const seed = hostile === undefined ? defaultSeed : { ...defaultSeed, products: defaultSeed.products.map((p) => (p === product ? { ...p, name: { en: hostile }, description: { en: hostile } } : p)) };
  const sandbox = await createSandbox({ logger: quiet as never, seed });

  const outDir = mkdtempSync(join(tmpdir(), 'bc-ssr-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: join(root, 'entry-client.ts'), output: { entryFileNames: 'client.js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name]-[hash][extname]' } },
    },
  });
  const vite = await createViteServer({ root, configFile: false, logLevel: 'silent', plugins, appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  const entry = (await vite.ssrLoadModule(join(root, 'entry-server.ts'))) as ServerEntry;

  const client = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, endpoints: { graphql: `${sandbox.url}/graphql` }, retry: false });
  const storefront = createStorefrontServer({ client, queryClient: () => entry.createQueryClient() });
  const api = toNodeHandler(storefront.handler);

  async function page(req: IncomingMessage, res: ServerResponse, origin: string) {
    const url = new URL(req.url!, origin);
    const match = /^\/products\/(\d+)$/.exec(url.pathname);
    if (!match) return void res.writeHead(404).end('not found');
    const request = new Request(new URL(req.url!, origin), { headers: Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]])) });
    const ctx = storefront.requestContext(request, { remoteAddress: req.socket.remoteAddress! });
    const productId = Number(match[1]);
    const { html, state } = await entry.render(ctx, productId);
    const payload: PagePayload = { productId, session: ctx.state };
    const nonce = randomBytes(16).toString('base64');
    // The hostile-input test runs without a CSP: it must show that the escaping alone keeps the
    // text from running, not a CSP that would hide a broken escape.
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (csp) headers['content-security-policy'] = `default-src 'self'; script-src 'nonce-${nonce}'; img-src 'self' data: http://127.0.0.1:*`;
    res.writeHead(200, headers).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Product</title></head>
<body><div id="app">${html}</div>
${url.searchParams.has('broken-state') ? `<script type="application/json" id="${DEHYDRATED_STATE_ID}" nonce="${nonce}">{"queries":[{"queryKey":</script>` : dehydratedStateScript(state, { nonce })}
${dehydratedStateScript(payload, { nonce, id: PAGE_PAYLOAD_ID })}
<script type="module" nonce="${nonce}" src="/assets/client.js"></script>
</body></html>`);
  }

  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    const path = new URL(req.url!, origin).pathname;
    if (path.startsWith('/api/storefront/')) return void api(req, res);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path.startsWith('/assets/')) {
      const file = normalize(join(outDir, path.slice('/assets/'.length)));
      if (!file.startsWith(outDir)) return void res.writeHead(404).end();
      try {
        return void res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      } catch {
        return void res.writeHead(404).end();
      }
    }
    page(req, res, origin).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String((error as Error)?.stack ?? error));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    sandbox,
    productId: product.entityId,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await vite.close();
      await sandbox.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
