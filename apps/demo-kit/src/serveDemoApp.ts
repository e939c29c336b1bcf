import compression from 'compression';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolveBackend, type DemoBackend } from './resolveBackend.js';

/** A Node request handler (what a framework's production or dev middleware is). */
export type DemoRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** What `serveDemoApp` hands the app once its server listens. */
export interface DemoAppContext {
  mode: 'dev' | 'prod';
  backend: DemoBackend;
  /** The listening server (Vite's HMR attaches to it). */
  server: Server;
  /** Where the server listens, e.g. `http://127.0.0.1:4101`. */
  url: string;
}

/** Options of `serveDemoApp`. */
export interface ServeDemoAppOptions {
  /** The name in the ready line (`react-storefront (prod, sandbox): http://…`). */
  name: string;
  defaultPort: number;
  /** Loads the app (its built handler, or Vite's middleware with `--dev`) after the server listens. */
  load(context: DemoAppContext): Promise<{ handle: DemoRequestHandler; close?: () => Promise<void> }>;
}

/**
 * The body of a server-rendered demo's `server.js`: reads PORT (0 = any), HOST and `--dev`,
 * resolves the backend (SANDBOX_URL, BIGCOMMERCE_*), serves with compression and the headers every
 * answer carries, loads the app once listening, prints the one ready line `pnpm start` and the
 * end-to-end suite wait for, and stops cleanly on Ctrl-C / SIGTERM.
 */
export async function serveDemoApp(options: ServeDemoAppOptions): Promise<void> {
  const { name } = options;
  const mode = process.argv.includes('--dev') ? 'dev' : 'prod';
  const port = process.env.PORT ? Number(process.env.PORT) : options.defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name}: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}.`);
    process.exit(2);
  }
  const host = process.env.HOST || '127.0.0.1';
  try {
    const backend = await resolveBackend(process.env);
    // Its types are Express's; on plain node:http it takes the same (req, res, next).
    const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    let handle: DemoRequestHandler = (_req, res) => {
      res.statusCode = 503;
      res.end('Starting');
    };
    const server = createServer((req, res) => {
      // Pages add their CSP with a nonce themselves.
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
      compress(req, res, () => handle(req, res));
    });
    // Malformed HTTP framing: say so instead of Node's bare 400.
    server.on('clientError', (_error, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\nMalformed HTTP request.\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const shown = host !== '0.0.0.0' ? host : '127.0.0.1';
    const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${(server.address() as { port: number }).port}`;
    const app = await options.load({ mode, backend, server, url });
    handle = app.handle;
    console.log(`${name} (${mode}, ${backend.kind}): ${url}`);
    const stop = () => {
      server.closeAllConnections();
      server.close(() => void (app.close ?? (async () => {}))().then(() => process.exit(0)));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exit(1);
  }
}
