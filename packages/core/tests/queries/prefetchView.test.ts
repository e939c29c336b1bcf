import { dehydrate, hydrate, MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { StorefrontGraphQLError } from '../../src/errors/StorefrontGraphQLError.js';
import type { ProductPageResult } from '../../src/queries/documents/catalogDocuments.js';
import type { ViewParts } from '../../src/queries/prefetchView.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import { startStorefront, watch, type Browser, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());
afterEach(() => fetch(`${storefront.sandbox.url}/__sandbox/faults`, { method: 'DELETE' }));

const HOME: ViewParts = { settings: true, categories: true, products: {} };

/** The catalog queries a home, category or search page observes, as an adapter's hooks do. */
const watchView = (browser: Browser, params = {}) => [
  watch(browser, () => browser.queries.settings()),
  watch(browser, (s) => browser.queries.categories(s)),
  watch<ProductPageResult>(browser, (s) => browser.queries.products(params, s)),
];

/** What each part's own query answers, fetched in a browser with the same session. */
async function ownAnswers(browser: Browser, params = {}) {
  const other = storefront.browser();
  for (const [name, value] of browser.cookies) other.cookies.set(name, value);
  const state = browser.session.getSnapshot();
  const { queries, queryClient } = other;
  return Promise.all([queryClient.fetchQuery(queries.settings()), queryClient.fetchQuery(queries.categories(state)), queryClient.fetchQuery(queries.products(params, state))]);
}

const injectFault = (operationName: string, status = 503) =>
  fetch(`${storefront.sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: { operationName }, count: 1, fault: { status } }),
  });

describe('prefetchView over the storefront handler and the sandbox', () => {
  it('fetches settings, categories and a product page in one request, into the entries the queries read', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    await queries.prefetchView(queryClient, HOME);
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView']);

    const watched = watchView(browser);
    // Found fresh: no fetch starts, nothing more is sent.
    expect(watched.map((w) => [w.result().status, w.result().isFetching])).toEqual([['success', false], ['success', false], ['success', false]]);
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView']);
    // The same data, in the same shape, as each query's own request.
    expect(watched.map((w) => w.result().data)).toEqual(await ownAnswers(browser));
    watched.forEach((w) => w.stop());
  });

  it('shares its one request with queries that start while it is on its way', async () => {
    const browser = storefront.browser();
    const done = browser.queries.prefetchView(browser.queryClient, HOME);
    const watched = watchView(browser);
    expect(watched.map((w) => w.result().isFetching)).toEqual([true, true, true]);
    await done;
    const results = await Promise.all(watched.map((w) => w.settled()));
    expect(results.map((r) => r.status)).toEqual(['success', 'success', 'success']);
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView']);
    watched.forEach((w) => w.stop());
  });

  it('asks only for the parts not already fresh, and for nothing when all are', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    await queries.prefetchView(queryClient, HOME);
    const category = { categoryEntityId: 21 };
    await queries.prefetchView(queryClient, { settings: true, categories: true, products: category });
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView', 'BcHeadlessView']);
    expect(JSON.parse(browser.sent[1]!.body).variables).toMatchObject({ withSettings: false, withCategories: false, withProducts: true, filters: category });
    const watched = watchView(browser, category);
    expect(watched.map((w) => w.result().status)).toEqual(['success', 'success', 'success']);
    expect(watched[2]!.result().data).toEqual((await ownAnswers(browser, category))[2]);

    await queries.prefetchView(queryClient, { settings: true, categories: true, products: { ...category, searchTerm: ' ' } });
    expect(browser.sent).toHaveLength(2);
    watched.forEach((w) => w.stop());
  });

  it('keys each part by the session it is given: locale and signed-in customer', async () => {
    const browser = storefront.browser();
    const { queries, queryClient, session } = browser;
    const trade = storefront.sandbox.customers.find((c) => c.customerGroupName)!;
    await new MutationObserver(queryClient, queries.login() as never).mutate({ email: trade.email, password: trade.password } as never);
    session.setLocale('fr');
    const since = browser.sent.length;
    await queries.prefetchView(queryClient, HOME);
    expect(browser.namesSince(since)).toEqual(['BcHeadlessView']);

    const watched = watchView(browser);
    expect(watched.slice(1).map((w) => w.observer.options.queryKey.slice(3, 5))).toEqual([
      [trade.entityId, 'fr'],
      [trade.entityId, 'fr'],
    ]);
    expect(browser.namesSince(since)).toEqual(['BcHeadlessView']);
    const data = watched.map((w) => w.result().data);
    expect(data).toEqual(await ownAnswers(browser));
    // Translated, and at the customer group's prices: not a guest's English answer.
    const guest = storefront.browser();
    const [, guestCategories, guestGrid] = await ownAnswers(guest);
    expect(data[1]).not.toEqual(guestCategories);
    expect((data[2] as ProductPageResult).products.every((p, i) => p.prices!.price.value < guestGrid.products[i]!.prices!.price.value)).toBe(true);
    watched.forEach((w) => w.stop());
  });

  it('fetches a product page’s product beside it, in its own request', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    const entityId = storefront.sandbox.store.catalog.products[0]!.entityId;
    await queries.prefetchView(queryClient, { settings: true, categories: true, product: entityId });
    expect(browser.namesSince(0).sort()).toEqual(['BcHeadlessProduct', 'BcHeadlessView']);
    expect(JSON.parse(browser.sent.find((r) => r.operationName === 'BcHeadlessView')!.body).variables).toMatchObject({ withProducts: false });
    const product = watch(browser, (s) => queries.product(entityId, s));
    expect(product.result()).toMatchObject({ status: 'success', isFetching: false, data: { entityId } });
    expect(browser.sent).toHaveLength(2);
    product.stop();
  });

  it('writes nothing when its request fails: each query then fetches on its own', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    await injectFault('BcHeadlessView');
    await queries.prefetchView(queryClient, HOME);
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView']);
    for (const options of [queries.settings(), queries.categories(), queries.products()]) {
      // As if never asked: no data, no error, nothing in flight.
      expect(queryClient.getQueryState(options.queryKey)).toMatchObject({ status: 'pending', fetchStatus: 'idle', data: undefined, error: null });
    }
    const watched = watchView(browser);
    const results = await Promise.all(watched.map((w) => w.settled()));
    expect(results.map((r) => r.status)).toEqual(['success', 'success', 'success']);
    expect(browser.namesSince(1).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProducts', 'BcHeadlessSiteSettings']);
    watched.forEach((w) => w.stop());
  });

  it('on failure, queries already waiting send their own requests and report their own errors', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    // The grid's cursor is refused: BigCommerce answers the other parts with `errors` beside them.
    const params = { after: 'not-a-cursor' };
    const done = queries.prefetchView(queryClient, { settings: true, categories: true, products: params });
    const watched = watchView(browser, params);
    await done;
    const results = await Promise.all(watched.map((w) => w.settled()));
    expect(browser.namesSince(0)[0]).toBe('BcHeadlessView');
    expect(browser.namesSince(1).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProducts', 'BcHeadlessSiteSettings']);
    expect(results.map((r) => r.status)).toEqual(['success', 'success', 'error']);
    // The grid's error is its own request's, as without prefetchView.
    const own = await browser.queryClient.fetchQuery(queries.products(params)).catch((error: unknown) => error);
    expect(own).toBeInstanceOf(StorefrontGraphQLError);
    expect(results[2]!.error).toBeInstanceOf(StorefrontGraphQLError);
    expect((results[2]!.error as Error).message).toBe((own as Error).message);
    expect(results.slice(0, 2).map((r) => r.data)).toEqual((await ownAnswers(browser)).slice(0, 2));
    watched.forEach((w) => w.stop());
  });

  it('on a server, fills a cache to dehydrate with one request upstream; the browser then sends nothing', async () => {
    const browser = storefront.browser();
    browser.session.setLocale('de');
    const { sandbox } = storefront;
    const since = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()).data.length;
    // The app's server: a request-scoped client and a session read from the request's cookies.
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const request = new Request(`${storefront.origin}/`, { headers: { cookie } });
    const scoped = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.storefrontToken, endpoints: { graphql: `${sandbox.url}/graphql` } }).forRequest(request, {
      remoteAddress: '127.0.0.1',
    });
    const session = createSessionStore({ storage: { getItem: () => decodeURIComponent(browser.cookies.get('bc_session') ?? ''), setItem() {} } });
    const serverCache = new QueryClient();
    await storefrontQueries(scoped, { session }).prefetchView(serverCache, HOME);
    const upstream = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()).data.slice(since) as { operationName: string }[];
    expect(upstream.map((r) => r.operationName)).toEqual(['BcHeadlessView']);

    hydrate(browser.queryClient, JSON.parse(JSON.stringify(dehydrate(serverCache))));
    const watched = watchView(browser);
    const results = await Promise.all(watched.map((w) => w.settled()));
    expect(browser.sent).toHaveLength(0);
    expect((results[1]!.data as { name: string }[])[0]!.name).toBe('Kaffee');
    expect(results.map((r) => r.data)).toEqual(await ownAnswers(browser));
    watched.forEach((w) => w.stop());
  });
});
