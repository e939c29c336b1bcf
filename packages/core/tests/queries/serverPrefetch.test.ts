import { dehydrate, hydrate, MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import type { CartResult } from '../../src/queries/documents/cartDocuments.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import { lineOf, startStorefront, watch, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

describe('server rendering', () => {
  it('prefetches on the server with the same keys, so the browser starts with the data and fetches nothing', async () => {
    const browser = storefront.browser();
    browser.session.setLocale('de');
    await new MutationObserver(browser.queryClient, browser.queries.addToCart() as never).mutate(lineOf(storefront.sandbox.store.catalog.products[0]!) as never);
    const { sandbox } = storefront;

    // The app's server: a request-scoped client and a session read from the request's cookies.
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const request = new Request(`${storefront.origin}/products`, { headers: { cookie } });
    const scoped = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, endpoints: { graphql: `${sandbox.url}/graphql` } }).forRequest(request, {
      remoteAddress: '127.0.0.1',
    });
    const serverSession = createSessionStore({ storage: { getItem: () => decodeURIComponent(browser.cookies.get('bc_session')!), setItem() {} } });
    const server = storefrontQueries(scoped, { session: serverSession });
    const serverCache = new QueryClient();
    await Promise.all([serverCache.prefetchQuery(server.products()), serverCache.prefetchQuery(server.categories()), serverCache.prefetchQuery(server.cart())]);
    const state = JSON.parse(JSON.stringify(dehydrate(serverCache)));

    const page = new QueryClient();
    hydrate(page, state);
    const fresh = { ...browser, queryClient: page };
    const sent = browser.sent.length;
    const watched = [watch(fresh, (s) => fresh.queries.products({}, s)), watch(fresh, (s) => fresh.queries.categories(s)), watch<CartResult | null>(fresh, (s) => fresh.queries.cart(s))];
    const results = await Promise.all(watched.map((w) => w.settled()));
    expect(browser.sent.length - sent).toBe(0);
    expect((results[1]!.data as { name: string }[])[0]!.name).toBe('Kaffee');
    expect((results[2]!.data as CartResult).entityId).toBe(browser.session.getSnapshot().cartId);
    watched.forEach((w) => w.stop());
  });
});
