import { dehydrate, hydrate, MutationObserver, QueryClient } from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { StorefrontGraphQLError } from '../../src/errors/StorefrontGraphQLError.js';
import type { ProductPageResult } from '../../src/queries/documents/catalogDocuments.js';
import type { ViewParts } from '../../src/queries/prefetchView.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import { lineOf, startStorefront, watch, type Browser, type Storefront } from './support/startStorefront.js';

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

  /** Signs `browser` in as the first demo customer with one line in a cart, then drops its cache: a reload. */
  async function signedInWithCart(browser: Browser) {
    const { queries, queryClient } = browser;
    const customer = storefront.sandbox.customers[0]!;
    await new MutationObserver(queryClient, queries.login() as never).mutate({ email: customer.email, password: customer.password } as never);
    await new MutationObserver(queryClient, queries.addToCart() as never).mutate(lineOf(storefront.sandbox.store.catalog.products[0]!) as never);
    queryClient.clear();
    return customer;
  }

  /** The customer and the cart as their own queries answer them, for a browser with the same cookies. */
  async function ownShopper(browser: Browser) {
    const other = storefront.browser();
    for (const [name, value] of browser.cookies) other.cookies.set(name, value);
    const state = browser.session.getSnapshot();
    return Promise.all([other.queryClient.fetchQuery(other.queries.customer(state)), other.queryClient.fetchQuery(other.queries.cart(state))]);
  }

  it('brings the signed-in customer and the session’s cart in the same request, into their own entries', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    const customer = await signedInWithCart(browser);
    const since = browser.sent.length;
    await queries.prefetchView(queryClient, { ...HOME, customer: true, cart: true });
    expect(browser.namesSince(since)).toEqual(['BcHeadlessView']);
    expect(JSON.parse(browser.sent[since]!.body).variables).toMatchObject({ withCustomer: true, withCart: true, cartEntityId: browser.session.getSnapshot().cartId });

    // A header's hooks find both fresh, and the catalog's too: nothing more is sent.
    const shopper = [watch(browser, (s) => queries.customer(s)), watch(browser, (s) => queries.cart(s))];
    const watched = watchView(browser);
    expect([...shopper, ...watched].map((w) => [w.result().status, w.result().isFetching])).toEqual(Array(5).fill(['success', false]));
    expect(browser.namesSince(since)).toEqual(['BcHeadlessView']);
    const data = shopper.map((w) => w.result().data);
    expect(data).toEqual(await ownShopper(browser));
    expect(data[0]).toMatchObject({ entityId: customer.entityId, email: customer.email });
    expect((data[1] as { lineItems: { totalQuantity: number } }).lineItems.totalQuantity).toBeGreaterThan(0);
    [...shopper, ...watched].forEach((w) => w.stop());
  });

  it('asks for the cart in its own request when the view is in another language than the client', async () => {
    const browser = storefront.browser();
    const { queries, queryClient, session } = browser;
    await signedInWithCart(browser);
    session.setLocale('fr');
    const since = browser.sent.length;
    await queries.prefetchView(queryClient, { ...HOME, customer: true, cart: true });
    expect(browser.namesSince(since).sort()).toEqual(['BcHeadlessCart', 'BcHeadlessView']);
    expect(JSON.parse(browser.sent.find((r, i) => i >= since && r.operationName === 'BcHeadlessView')!.body).variables).toMatchObject({ withCustomer: true, withCart: false });
    const cart = watch(browser, (s) => queries.cart(s));
    expect(cart.result()).toMatchObject({ status: 'success', isFetching: false });
    expect(browser.sent).toHaveLength(since + 2);
    expect(cart.result().data).toEqual((await ownShopper(browser))[1]);
    cart.stop();
  });

  it('asks for neither for a guest without a cart, and forgets a cart that is gone', async () => {
    const browser = storefront.browser();
    const { queries, queryClient, session } = browser;
    await queries.prefetchView(queryClient, { ...HOME, customer: true, cart: true });
    expect(JSON.parse(browser.sent[0]!.body).variables).toMatchObject({ withCustomer: false, withCart: false, cartEntityId: null });

    // A cart id the store no longer knows (checked out, expired): the session lets go of it, as
    // the cart's own query does.
    session.setCartId('4b9b7a3e-0c55-4a58-8f2e-8d1c2d3e4f50');
    queryClient.clear();
    await queries.prefetchView(queryClient, { ...HOME, customer: true, cart: true });
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView', 'BcHeadlessView']);
    expect(JSON.parse(browser.sent[1]!.body).variables).toMatchObject({ withCart: true, cartEntityId: '4b9b7a3e-0c55-4a58-8f2e-8d1c2d3e4f50' });
    expect(session.getSnapshot().cartId).toBeNull();
  });

  it('fetches a product page’s product in the same request, as its own query answers it', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    const entityId = storefront.sandbox.store.catalog.products[0]!.entityId;
    await queries.prefetchView(queryClient, { settings: true, categories: true, product: entityId });
    expect(browser.namesSince(0)).toEqual(['BcHeadlessView']);
    expect(JSON.parse(browser.sent[0]!.body).variables).toMatchObject({ withProducts: false, withProduct: true, productEntityId: entityId });
    const product = watch(browser, (s) => queries.product(entityId, s));
    expect(product.result()).toMatchObject({ status: 'success', isFetching: false, data: { entityId } });
    expect(browser.sent).toHaveLength(1);
    const other = storefront.browser();
    expect(product.result().data).toEqual(await other.queryClient.fetchQuery(other.queries.product(entityId)));
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
    const scoped = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, endpoints: { graphql: `${sandbox.url}/graphql` } }).forRequest(request, {
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
