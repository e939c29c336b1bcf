// Restart, server side: the backend goes away mid-session and comes back on the same port.
// While it is down the storefront handler answers a typed error (502 JSON with a code and a
// message, not a crash or a hang); once it is back, requests succeed again without restarting
// anything of ours; a cart id the backend no longer knows is handled cleanly by the query layer
// (the cart reads as null, the next add-to-cart makes a new cart).
// (The browser side — an error state, then recovery without a reload — is the e2e suite's.)
//
// Two ways to lose the backend:
// 1. Its port stops answering (connections refused and dropped, as when its process dies), then
//    answers again with its state reset (carts gone) — the sandbox's `reset()` keeps its tokens, as
//    a restarted BigCommerce would.
// 2. A real sandbox process killed and started again on the same port, as a developer restarts it.
//    With the same data dir it is the same store (store hash, token, keys, customers' sessions,
//    carts), so a demo server (demo-kit's createDemoServer) that was never restarted carries on:
//    the shopper is still signed in and their cart is intact. Started without its data it is a new
//    store whose token differs: the old one is refused (401), and the handler passes that on as a
//    clear 4xx, not a crash; recovery then needs the new token.
import { createStorefrontClient, createSessionStore, StorefrontHttpError } from '@bc-headless/core';
import { createDemoServer } from '@bc-headless/demo-kit';
import { storefrontQueries } from '@bc-headless/core/queries';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox, defaultSeed, type Sandbox } from '@bc-headless/sandbox';
import { MutationObserver, QueryClient } from '@tanstack/query-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCookieClient } from './support/cookieClient.js';
import { createCounts, printCounts } from './support/counts.js';
import { closeServer, listen } from './support/listen.js';
import { startSandboxProcess, type SandboxProcess } from './support/startSandboxProcess.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A TCP port in front of `target` that can be taken down and brought back on the same port. */
function createPortForwarder(targetPort: number) {
  const sockets = new Set<Socket>();
  let server: TcpServer | null = null;
  let port = 0;
  const start = () =>
    new Promise<number>((resolve, reject) => {
      server = createTcpServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve(port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  return { start, stop };
}

/** The storefront handler on node:http in front of `graphqlUrl`. */
async function startHandler(config: { storeHash: string; storefrontToken: string; graphql: string }): Promise<{ api: string; server: Server }> {
  const client = createServerClient({ storeHash: config.storeHash, storefrontToken: config.storefrontToken, endpoints: { graphql: config.graphql }, timeoutMs: 3000 });
  const server = createServer(toNodeHandler(createStorefrontHandler({ client, onError() {} })));
  const api = `${await listen(server)}/api/storefront`;
  return { api, server };
}

const SETTINGS = JSON.stringify({ query: '{ site { settings { storeName } } }' });
async function postGraphql(api: string) {
  const response = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SETTINGS, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, json: JSON.parse(text) as any };
}

it('backend unreachable mid-session, then back with its carts gone: typed 502 while down, recovery, a lost cart replaced', async () => {
  const counts = createCounts();
  const sandbox: Sandbox = await createSandbox({ logger: { error() {}, warn() {} } as never });
  cleanups.push(() => sandbox.close());
  const forwarder = createPortForwarder(Number(new URL(sandbox.url).port));
  const port = await forwarder.start();
  cleanups.push(() => forwarder.stop());
  const { api, server } = await startHandler({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, graphql: `http://127.0.0.1:${port}/graphql` });
  cleanups.push(() => closeServer(server));

  // The browser's side: a client through the handler, the session store and the query layer.
  const countingFetch: typeof fetch = (input, init) => {
    counts.requests += 1;
    return fetch(input, init);
  };
  const client = createStorefrontClient({ storeHash: sandbox.storeHash, endpoints: { graphql: `${api}/graphql` }, fetch: countingFetch, retry: false });
  const session = createSessionStore();
  const q = storefrontQueries(client, { session, apiBase: api });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const product = (sandbox.store.catalog.products as readonly any[]).find((p) => p.variants.some((v: any) => v.stock > 10));
  const line = { productEntityId: product.entityId, variantEntityId: product.variants.find((v: any) => v.stock > 10).entityId, quantity: 1 };
  const addToCart = () => new MutationObserver(queryClient, q.addToCart() as never).mutate(line as never) as Promise<any>;
  const readCart = () => queryClient.fetchQuery({ ...(q.cart() as any), staleTime: 0 }) as Promise<any>;

  await addToCart();
  const firstCart = session.getSnapshot().cartId;
  expect(firstCart).toEqual(expect.any(String));
  expect((await readCart())?.entityId).toBe(firstCart);

  // Down: the port refuses connections.
  await forwarder.stop();
  const down = await postGraphql(api);
  counts.requests += 1;
  expect(down.status).toBe(502);
  expect(down.type).toMatch(/json/);
  expect(down.json.error).toMatchObject({ code: 'UPSTREAM_ERROR', message: expect.stringMatching(/\w/), correlationId: expect.any(String) });
  counts.typedFailures += 1;
  counts.faultsInjected += 1;
  const readWhileDown = await readCart().catch((error: unknown) => error);
  expect(readWhileDown).toBeInstanceOf(StorefrontHttpError);
  expect((readWhileDown as StorefrontHttpError).status).toBe(502);
  counts.typedFailures += 1;
  counts.faultsInjected += 1;
  const addWhileDown = await addToCart().catch((error: unknown) => error);
  expect(addWhileDown).toBeInstanceOf(StorefrontHttpError);
  counts.typedFailures += 1;
  counts.faultsInjected += 1;
  expect(session.getSnapshot().cartId).toBe(firstCart);

  // Back on the same port, with its state reset: the shopper's cart no longer exists upstream.
  sandbox.reset();
  expect(await forwarder.start()).toBe(port);
  const up = await postGraphql(api);
  counts.requests += 1;
  expect(up.status).toBe(200);
  expect(up.json.data.site.settings.storeName).toEqual(expect.any(String));
  counts.recovered += 1;
  expect(await readCart()).toBeNull();
  counts.recovered += 1;
  await addToCart();
  const secondCart = session.getSnapshot().cartId;
  expect(secondCart).toEqual(expect.any(String));
  expect(secondCart).not.toBe(firstCart);
  const cart = await readCart();
  expect(cart?.entityId).toBe(secondCart);
  counts.recovered += 1;
  // faultsInjected: requests made while the backend was down.
  printCounts('restart: backend unreachable, then back with its state reset', counts);
});

/** A temporary directory, removed after the test. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const SECRET = 'reliability-restart-proxy-secret';
const CREATE_CART = 'mutation CreateCart($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }';
const READ = 'query Read($cartId: String) { customer { email } site { cart(entityId: $cartId) { entityId lineItems { totalQuantity } } } }';

it('a real sandbox process killed and restarted on the same port: typed answers while down; with its data dir a demo server carries on, without it a typed 401', async () => {
  const counts = createCounts();
  const dataDir = tempDir('bc-reliability-data-');
  let sandbox: SandboxProcess = await startSandboxProcess({ dataDir, trustedProxySecret: SECRET });
  cleanups.push(() => sandbox.kill());
  const root = tempDir('bc-reliability-app-');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>restart</title>');
  const demo = await createDemoServer({ root, mode: 'prod', port: 0, env: { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: SECRET } });
  cleanups.push(() => demo.close());
  const shopper = createCookieClient(`${demo.url}/api/storefront`);
  const send = async (call: Promise<{ status: number; text: string }>) => {
    counts.requests += 1;
    const { status, text } = await call;
    return { status, json: JSON.parse(text) as any };
  };

  // A signed-in shopper with a cart.
  const jane = defaultSeed.customers[0]!;
  expect((await send(shopper.post('/login', { email: jane.email, password: jane.password }))).status).toBe(200);
  const product = (await send(shopper.gql('{ site { products(first: 1) { edges { node { entityId variants(first: 1) { edges { node { entityId } } } } } } } }'))).json.data.site.products.edges[0].node;
  const line = { productEntityId: product.entityId, variantEntityId: product.variants.edges[0].node.entityId, quantity: 2 };
  const cartId = (await send(shopper.gql(CREATE_CART, { input: { lineItems: [line] } }))).json.data.cart.createCart.cart.entityId as string;
  const before = await send(shopper.gql(READ, { cartId }));
  expect(before.json.data).toEqual({ customer: { email: jane.email }, site: { cart: { entityId: cartId, lineItems: { totalQuantity: 2 } } } });

  // Down: the process is gone.
  await sandbox.kill();
  const down = await send(shopper.gql(READ, { cartId }));
  expect(down.status).toBe(502);
  expect(down.json.error).toMatchObject({ code: 'UPSTREAM_ERROR', message: expect.stringMatching(/\w/) });
  counts.typedFailures += 1;
  counts.faultsInjected += 1;

  // Back on the same port and data dir (no secret given: the saved one is kept): the same store.
  const port = sandbox.port;
  sandbox = await startSandboxProcess({ port, dataDir });
  cleanups.push(() => sandbox.kill());
  const back = await send(shopper.gql(READ, { cartId }));
  expect(back.status).toBe(200);
  expect(back.json).toEqual(before.json);
  counts.recovered += 1;
  const added = await send(shopper.gql('mutation Add($input: AddCartLineItemsInput!) { cart { addCartLineItems(input: $input) { cart { lineItems { totalQuantity } } } } }', { input: { cartEntityId: cartId, data: { lineItems: [{ ...line, quantity: 1 }] } } }));
  expect(added.json.data.cart.addCartLineItems.cart.lineItems.totalQuantity).toBe(3);
  counts.recovered += 1;

  // Back without its data: a new store. The old token is refused, and the handler passes
  // BigCommerce's 401 on as JSON with its message.
  await sandbox.kill();
  sandbox = await startSandboxProcess({ port });
  cleanups.push(() => sandbox.kill());
  const fresh = await send(shopper.gql(READ, { cartId }));
  expect(fresh.status).toBe(401);
  expect(JSON.stringify(fresh.json)).toMatch(/[Tt]oken|credentials/);
  counts.typedFailures += 1;
  printCounts('restart: sandbox process restarted (same data dir: recovered; without: new token)', counts);
});
