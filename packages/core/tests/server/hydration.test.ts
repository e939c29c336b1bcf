import { dehydrate, hydrate, QueryClient, QueryObserver } from '@tanstack/query-core';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore, type SessionState } from '../../src/createSessionStore.js';
import { createStorefrontClient } from '../../src/createStorefrontClient.js';
import { readDehydratedState } from '../../src/queries/readDehydratedState.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { createStorefrontServer, type StorefrontServer } from '../../src/server/createStorefrontServer.js';
import { dehydratedStateScript } from '../../src/server/dehydratedStateScript.js';
import { createCartThrough, createShopper } from './support/shopper.js';
import { startStack, type Stack } from './support/startStack.js';

type Node = DefaultTreeAdapterMap['node'];

let stack: Stack;
let server: StorefrontServer<QueryClient>;
beforeAll(async () => {
  stack = await startStack({
    createHandler: (options) => (server = createStorefrontServer({ ...options, queryClient: () => new QueryClient() })).handler,
  });
});
afterAll(() => stack.close());

// `document.getElementById` over a real HTML parse of the page, as the browser would read it.
function documentOf(html: string) {
  const byId = new Map<string, string>();
  const walk = (node: Node) => {
    if ('attrs' in node) {
      const id = node.attrs.find((a) => a.name === 'id')?.value;
      if (id) byId.set(id, node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html) as unknown as Node);
  return { getElementById: (id: string) => (byId.has(id) ? { textContent: byId.get(id)! } : null) };
}

// The browser: the app's client through the handler, counting what it sends, and the session from its cookie.
function browserFor(sessionJson: string, queryClient: QueryClient) {
  let sent = 0;
  const counting: typeof fetch = (input, init) => {
    sent++;
    return fetch(input, init);
  };
  const client = createStorefrontClient({ storeHash: stack.sandbox.storeHash, endpoints: { graphql: `${stack.api}/graphql` }, fetch: counting, retry: false });
  const session = createSessionStore({ storage: { getItem: () => sessionJson, setItem() {} } });
  const queries = storefrontQueries(client, { session, apiBase: stack.api });
  return { queries, session, queryClient, sent: () => sent };
}

// What a component does: observe the query and wait until it has an answer and nothing is in flight.
function settled(queryClient: QueryClient, options: object) {
  const observer = new QueryObserver(queryClient, options as never);
  return new Promise<{ data: unknown; status: string }>((resolve) => {
    const done = (r: { isFetching: boolean; status: string }) => !r.isFetching && r.status !== 'pending';
    let stop = () => {};
    const check = (r: ReturnType<typeof observer.getCurrentResult>) => {
      if (!done(r)) return;
      stop();
      resolve(r);
    };
    stop = observer.subscribe(check);
    check(observer.getCurrentResult());
  });
}

describe('server render → HTML → hydrate', () => {
  it('shows the first view from the page alone: zero GraphQL requests from the browser and none upstream', async () => {
    const shopper = createShopper(stack.origin, '198.51.100.30');
    const cartId = await createCartThrough(stack, shopper);
    const product = stack.sandbox.store.catalog.products[0]!;
    const sessionJson = JSON.stringify({ cartId, visitorId: '7d3c9a52-51a4-4d0e-9d59-0c0a6f3f7a10', locale: null, customer: null });
    const cookie = `bc_session=${encodeURIComponent(sessionJson)}`;

    // The server: one request context, one prefetch, the state written into the page.
    const ctx = server.requestContext(new Request(`${stack.origin}/products/${product.entityId}`, { headers: { cookie, 'x-forwarded-for': shopper.ip } }), { remoteAddress: '127.0.0.1' });
    const upstreamBefore = stack.upstream.length;
    await ctx.prefetchView({ settings: true, categories: true, product: product.entityId, cart: true });
    expect(stack.upstream.length - upstreamBefore).toBe(1);
    const html = `<!doctype html><html><head></head><body><main>…</main>${dehydratedStateScript(dehydrate(ctx.queryClient), { nonce: 'r4nd0m' })}</body></html>`;

    // The browser: a fresh QueryClient hydrated from the page, the same query layer.
    const page = new QueryClient();
    hydrate(page, readDehydratedState({ document: documentOf(html) }) as never);
    const browser = browserFor(sessionJson, page);
    const state: SessionState = browser.session.getSnapshot();
    const upstreamAfterRender = stack.upstream.length;
    const [settings, categories, shown, cart] = await Promise.all([
      settled(page, browser.queries.settings()),
      settled(page, browser.queries.categories(state)),
      settled(page, browser.queries.product(product.entityId, state)),
      settled(page, browser.queries.cart(state)),
    ]);
    expect(browser.sent()).toBe(0);
    expect(stack.upstream.length).toBe(upstreamAfterRender);
    expect(settings.status).toBe('success');
    expect((categories.data as unknown[]).length).toBeGreaterThan(0);
    expect(shown.data).toMatchObject({ entityId: product.entityId, name: expect.any(String) });
    expect(cart.data).toMatchObject({ entityId: cartId });
  });

  it('without the state the same view does send requests (the count above can fail)', async () => {
    const browser = browserFor(JSON.stringify({ cartId: null, visitorId: '7d3c9a52-51a4-4d0e-9d59-0c0a6f3f7a10', locale: null, customer: null }), new QueryClient());
    await settled(browser.queryClient, browser.queries.settings());
    expect(browser.sent()).toBeGreaterThan(0);
  });
});
