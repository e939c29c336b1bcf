import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type CreateSandboxOptions, type Sandbox } from '@bc-headless/sandbox';
import { createServerClient, type ServerClient, type ServerClientConfig } from '../../../src/server/createServerClient.js';
import { createStorefrontHandler, type StorefrontHandler, type StorefrontHandlerOptions } from '../../../src/server/createStorefrontHandler.js';
import { toNodeHandler } from '../../../src/server/toNodeHandler.js';

export const SECRET = 'sandbox-trusted-proxy-secret';

/** One request as it reached the upstream (what BigCommerce would have seen). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A test stack: sandbox ← recording relay ← handler (node:http via toNodeHandler) ← test "browser". */
export interface Stack {
  sandbox: Sandbox;
  /** The server client the handler was made with. */
  client: ServerClient;
  /** Every request that reached the relay, in order. */
  upstream: RecordedRequest[];
  /** Every response body and header block the handler sent, for "never in a response" checks. */
  origin: string;
  api: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts the whole stack on 127.0.0.1 port 0. The test is the trusted proxy in front of the
 * handler (`trustedProxies: ['127.0.0.1']`), so `X-Forwarded-For` picks the shopper's address.
 */
export async function startStack(
  options: {
    secret?: boolean;
    sandbox?: CreateSandboxOptions;
    client?: Partial<ServerClientConfig>;
    handler?: Partial<StorefrontHandlerOptions>;
    /** Makes the mounted handler from its options (default `createStorefrontHandler`). */
    createHandler?: (options: StorefrontHandlerOptions) => StorefrontHandler;
  } = {},
): Promise<Stack> {
  const secret = options.secret ?? true;
  const sandbox = await createSandbox({ trustedProxySecret: secret ? SECRET : null, logger: { error: () => {}, warn: () => {} } as never, ...options.sandbox });
  const upstream: RecordedRequest[] = [];
  // A relay that records what arrives and forwards it unchanged, so tests can see upstream headers.
  const relay = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    upstream.push({ method: req.method!, path: req.url!, headers: req.headers, body });
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || ['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive'].includes(name)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    try {
      const answer = await fetch(`${sandbox.url}${req.url}`, { method: req.method!, headers, body: req.method === 'GET' ? null : body, redirect: 'manual' });
      const out = Buffer.from(await answer.arrayBuffer());
      const responseHeaders: Record<string, string | string[]> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'content-encoding', 'set-cookie'].includes(name)) responseHeaders[name] = value;
      });
      const cookies = answer.headers.getSetCookie();
      if (cookies.length) responseHeaders['set-cookie'] = cookies;
      res.writeHead(answer.status, responseHeaders);
      res.end(out);
    } catch {
      res.destroy();
    }
  });
  const relayUrl = await listen(relay);
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    endpoints: { graphql: `${relayUrl}/graphql`, payments: `${relayUrl}/stores/${sandbox.storeHash}/payments` },
    ...(secret ? { trustedProxySecret: SECRET } : {}),
    trustedProxies: ['127.0.0.1'],
    // The test, acting as the proxy, writes only X-Forwarded-For; a browser's Forwarded is then ignored.
    forwardingHeader: 'x-forwarded-for',
    retry: false,
    ...options.client,
  });
  // Hosted pages live on the sandbox's origin, not on the relay's.
  const handler = (options.createHandler ?? createStorefrontHandler)({ client, now: () => sandbox.clock.now(), storeOrigin: sandbox.url, ...options.handler });
  const server = createServer(toNodeHandler(handler));
  const origin = await listen(server);
  return {
    sandbox,
    client,
    upstream,
    origin,
    api: `${origin}/api/storefront`,
    async close() {
      await close(server);
      await close(relay);
      await sandbox.close();
    },
  };
}
