import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createSandbox, type Sandbox, type SandboxSeed } from '@bc-headless/sandbox';
import { createServerClient, type ServerClient } from '../../../src/server/createServerClient.js';
import type { SeoHandler } from '../../../src/seo/index.js';

/** The real stack for crawler files: the sandbox ← a server client ← the handlers, on 127.0.0.1:0. */
export interface SeoStack {
  sandbox: Sandbox;
  client: ServerClient;
  /** GraphQL requests the client has sent to the sandbox so far, by operation name. */
  sent: string[];
  /** Mounts handlers at exact paths, or at a prefix ending in `*`. */
  mount(routes: Record<string, SeoHandler>): void;
  /** The server's base URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the sandbox (with `seed` when given) and a node:http server in front of the handlers.
 * Responses are piped as they stream (`Readable.fromWeb`), as a framework that serves Fetch
 * `Response`s does; `toNodeHandler` buffers bodies, so it would hide whether a handler streams.
 */
export async function startSeoServer(seed?: SandboxSeed): Promise<SeoStack> {
  const sandbox = await createSandbox({ ...(seed ? { seed } : {}), logger: { error() {}, warn() {}, info() {}, log() {} } as never });
  const sent: string[] = [];
  // Counts what reaches the sandbox: the real fetch, only observed.
  const countingFetch: typeof fetch = (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    sent.push(/(?:query|mutation)\s+(\w+)/.exec(body)?.[1] ?? '?');
    return fetch(input, init);
  };
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    endpoints: { graphql: `${sandbox.url}/graphql` },
    fetch: countingFetch,
    retry: false,
  });
  let routes: Record<string, SeoHandler> = {};
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const handler = routes[url.pathname] ?? Object.entries(routes).find(([path]) => path.endsWith('*') && url.pathname.startsWith(path.slice(0, -1)))?.[1];
    if (!handler) return void res.writeHead(404).end();
    const response = await handler(new Request(`http://127.0.0.1${req.url}`, { method: req.method }), { remoteAddress: req.socket.remoteAddress! });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return void res.end();
    Readable.fromWeb(response.body as never).on('error', () => res.destroy()).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    sandbox,
    client,
    sent,
    mount: (next) => void (routes = next),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await sandbox.close();
    },
  };
}
