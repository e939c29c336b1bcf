import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveBackend, type DemoBackend, type DemoEnv } from './resolveBackend.js';
import { serveStatic } from './serveStatic.js';

/** Options of `createDemoServer`. */
export interface DemoServerOptions {
  /** The app's folder (holding `index.html`, and `dist/` after a build). */
  root: string;
  /** `dev`: Vite's dev server as middleware; `prod`: the built files in `dist/`. */
  mode: 'dev' | 'prod';
  /** Port to listen on (0 picks a free one). */
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The environment to read the backend from (apps pass `process.env`). */
  env: DemoEnv;
}

/** A running demo storefront server. */
export interface DemoServer {
  url: string;
  backend: DemoBackend;
  close(): Promise<void>;
}

/**
 * Starts a demo storefront's own server: the storefront handler at `/api/storefront` (trusted
 * proxy, customer session cookie, session sync, place order), `/api/demo/info` for the Requests
 * panel, and the app itself (Vite middleware in development, static files in production).
 */
export async function createDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const backend = await resolveBackend(options.env);
  const client = createServerClient(backend.serverConfig);
  const storefront = toNodeHandler(
    createStorefrontHandler({
      client,
      onError: (error, { route, correlationId }) => console.error(`[storefront] ${route} (${correlationId ?? 'no correlation id'}):`, (error as Error)?.message ?? error),
    }),
  );
  const info = JSON.stringify({ backend: backend.kind, inspectorUrl: backend.inspectorUrl });

  // The app middleware is set below, once the server exists (Vite's hot reload attaches to it).
  let app: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  let closeApp = async () => {};
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/api/demo/info') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(info);
      return;
    }
    if (path === '/api/storefront' || path.startsWith('/api/storefront/')) {
      void storefront(req, res);
      return;
    }
    void app(req, res);
  });
  // Malformed HTTP framing: say so instead of Node's bare 400.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nMalformed HTTP request.\n');
  });

  if (options.mode === 'dev') {
    const { createServer: createViteServer } = await import('vite');
    // Hot reload over this server's own port: Vite's default fixed HMR port would collide when two
    // demos run in development at once.
    const vite = await createViteServer({ root: options.root, server: { middlewareMode: true, hmr: { server } }, appType: 'spa' });
    app = (req, res) => vite.middlewares(req, res);
    closeApp = () => vite.close();
  } else {
    app = serveStatic(join(options.root, 'dist'));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    backend,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeApp();
    },
  };
}
