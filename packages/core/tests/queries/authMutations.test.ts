import { MutationObserver } from '@tanstack/query-core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorefrontHttpError } from '../../src/errors/StorefrontHttpError.js';
import type { CartResult } from '../../src/queries/documents/cartDocuments.js';
import type { ProductPageResult } from '../../src/queries/documents/catalogDocuments.js';
import type { CustomerResult } from '../../src/queries/documents/customerDocuments.js';
import type { StorefrontMutationOptions } from '../../src/queries/StorefrontQueryOptions.js';
import { lineOf, startStorefront, watch, type Browser, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

const mutate = <D, V>(browser: Browser, options: StorefrontMutationOptions<D, V, any>, variables: V) =>
  new MutationObserver(browser.queryClient, options as never).mutate(variables as never) as Promise<D>;

const jane = () => storefront.sandbox.customers[0]!;

describe('login and logout', () => {
  it('login signs in through the handler and touches exactly the customer-scoped queries', async () => {
    const browser = storefront.browser();
    const { queries, queryClient, session } = browser;
    await mutate(browser, queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
    const catalog = [watch(browser, (s) => queries.products({ pageSize: 4 }, s)), watch(browser, (s) => queries.categories(s))];
    const settings = watch(browser, () => queries.settings());
    const customer = watch<CustomerResult | null>(browser, (s) => queries.customer(s));
    const cart = watch<CartResult | null>(browser, (s) => queries.cart(s));
    const watchers = [...catalog, settings, customer, cart];
    await Promise.all(watchers.map((w) => w.settled()));
    const settingsState = () => queryClient.getQueryCache().find({ queryKey: queries.keys.settings(), exact: true })!.state;
    const settingsBefore = settingsState();
    const guestCartId = session.getSnapshot().cartId!;
    const sent = browser.sent.length;
    // The catalog, then the rest of the session, as names sorted after the first request.
    const requestsSince = (since: number) => {
      const [first, ...rest] = browser.namesSince(since);
      return [first, ...rest.sort()];
    };

    const result = await mutate(browser, queries.login(), { email: jane().email, password: jane().password });
    expect(result.customer).toEqual({ entityId: jane().entityId, firstName: jane().firstName, lastName: jane().lastName, email: jane().email });
    expect(session.getSnapshot().customer?.entityId).toBe(jane().entityId);
    await Promise.all(watchers.map((w) => w.settled()));

    // The login, then the cart and the shown catalog under the customer's scope (BigCommerce
    // answers a signed-in customer with their group's prices); the profile came with the login.
    expect(requestsSince(sent)).toEqual(['POST /login', 'BcHeadlessCart', 'BcHeadlessCategoryTree', 'BcHeadlessProducts']);
    expect(catalog.map((w) => w.observer.options.queryKey[3])).toEqual([jane().entityId, jane().entityId]);
    expect(customer.result().data).toEqual(result.customer);
    expect(cart.result().data?.entityId).toBe(result.cart?.entityId ?? guestCartId);
    // Settings are the same for everyone: the very same entry, neither refetched nor invalidated.
    expect(settingsState()).toEqual(settingsBefore);
    expect(settingsState().isInvalidated).toBe(false);
    // The guest's customer-scoped entries, shopper and catalog, are gone from the cache.
    expect(queryClient.getQueryCache().findAll({ queryKey: queries.keys.shopper('guest') })).toEqual([]);
    expect(queryClient.getQueryCache().findAll({ queryKey: queries.keys.catalog('guest') })).toEqual([]);

    // Through the handler the customer query reads the profile with the cookie's token.
    const fetched = await queryClient.fetchQuery({ ...queries.customer(), staleTime: 0 });
    expect(fetched).toEqual(result.customer);
    expect(browser.cookies.get('bc_session')).toBeDefined();

    const beforeLogout = browser.sent.length;
    await mutate(browser, queries.logout(), undefined);
    await Promise.all(watchers.map((w) => w.settled()));
    expect(session.getSnapshot().customer).toBeNull();
    // The cart stays with the device, now as a guest cart.
    expect(session.getSnapshot().cartId).toBe(cart.result().data?.entityId);
    expect(customer.result().data).toBeNull();
    expect(requestsSince(beforeLogout)).toEqual(['POST /logout', 'BcHeadlessCart', 'BcHeadlessCategoryTree', 'BcHeadlessProducts']);
    expect(queryClient.getQueryCache().findAll({ queryKey: queries.keys.shopper(jane().entityId) })).toEqual([]);
    expect(queryClient.getQueryCache().findAll({ queryKey: queries.keys.catalog(jane().entityId) })).toEqual([]);
    expect(settingsState()).toEqual(settingsBefore);
    watchers.forEach((w) => w.stop());
  });

  it('shows a customer group’s prices after sign-in, and the next guest never sees them', async () => {
    // The seed's trade customer: their customer group has a store-wide discount.
    const trade = storefront.sandbox.customers.find((c) => c.customerGroupName)!;
    expect(trade).toBeDefined();
    const browser = storefront.browser();
    const { queries } = browser;
    const grid = watch<ProductPageResult>(browser, (s) => queries.products({ pageSize: 6 }, s));
    const prices = async () => (await grid.settled()).data!.products.map((p) => p.prices!.price.value);
    const guest = await prices();

    await mutate(browser, queries.login(), { email: trade.email, password: trade.password });
    const member = await prices();
    // The same products at the group's prices (the sandbox's own tests check the discount).
    expect(member).toHaveLength(guest.length);
    expect(member.every((value, i) => value < guest[i]!)).toBe(true);

    await mutate(browser, queries.logout(), undefined);
    expect(await prices()).toEqual(guest);
    grid.stop();
  });

  it('merges the guest cart into the customer’s existing cart, fetching only the merged cart', async () => {
    const max = storefront.sandbox.customers[1]!;
    const [first, second] = storefront.sandbox.store.catalog.products;
    // Max left a cart on another device.
    const other = storefront.browser();
    await mutate(other, other.queries.login(), { email: max.email, password: max.password });
    const existing = await mutate(other, other.queries.addToCart(), lineOf(first!));

    const browser = storefront.browser();
    const guestCart = await mutate(browser, browser.queries.addToCart(), lineOf(second!));
    const cart = watch<CartResult | null>(browser, (s) => browser.queries.cart(s));
    await cart.settled();
    const sent = browser.sent.length;
    await mutate(browser, browser.queries.login(), { email: max.email, password: max.password });
    const merged = (await cart.settled()).data!;
    expect(merged.entityId).toBe(existing.entityId);
    expect(merged.entityId).not.toBe(guestCart.entityId);
    expect(merged.lineItems.physicalItems.map((l) => l.productEntityId).sort()).toEqual([first!.entityId, second!.entityId].sort());
    expect(browser.session.getSnapshot().cartId).toBe(existing.entityId);
    expect(browser.namesSince(sent)).toEqual(['POST /login', 'BcHeadlessCart']);
    cart.stop();
  });

  it('a wrong password is a StorefrontHttpError with the handler’s code and message', async () => {
    const browser = storefront.browser();
    const error = await mutate(browser, browser.queries.login(), { email: jane().email, password: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', message: expect.stringContaining('The email or password is wrong.') });
    expect(browser.session.getSnapshot().customer).toBeNull();
  });

  it('a customer the server no longer knows turns back into a guest', async () => {
    const browser = storefront.browser();
    await mutate(browser, browser.queries.login(), { email: jane().email, password: jane().password });
    storefront.sandbox.store.revokeCustomerAccessTokens(jane().entityId);
    expect(await browser.queryClient.fetchQuery({ ...browser.queries.customer(), staleTime: 0 })).toBeNull();
    expect(browser.session.getSnapshot().customer).toBeNull();
  });
});

describe('query keys', () => {
  it('never contain a token, whatever the session and parameters', async () => {
    const browser = storefront.browser();
    const { queries, queryClient } = browser;
    await mutate(browser, queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[1]!));
    await mutate(browser, queries.login(), { email: jane().email, password: jane().password });
    await queryClient.fetchQuery(queries.customer());
    const customerToken = [...browser.cookies].find(([name]) => /customer|token|session/i.test(name) && name !== 'bc_session')?.[1];
    expect(customerToken, 'the handler set an httpOnly customer-token cookie').toBeTruthy();
    const secrets = [storefront.sandbox.privateToken, storefront.sandbox.storefrontToken, decodeURIComponent(customerToken!), decodeURIComponent(customerToken!).split('_')[0]!];

    // The keys already built, and every mutation key, are fixed: check them once.
    const mutationKeys = [queries.addToCart(), queries.updateCartLine(), queries.removeCartLine(), queries.login(), queries.logout(), queries.setBillingAddress(), queries.setShippingConsignment(), queries.selectShippingOption(), queries.applyCoupon(), queries.placeOrder()].map((m) => m.mutationKey);
    const noSecretIn = (keys: unknown[]) => {
      const serialised = JSON.stringify(keys);
      for (const secret of secrets) expect(serialised.includes(secret), `a key contains ${secret.slice(0, 8)}…`).toBe(false);
    };
    noSecretIn([...queryClient.getQueryCache().getAll().map((q) => q.queryKey), ...mutationKeys]);

    // Then every query key, for generated sessions and parameters.
    const snapshot = browser.session.getSnapshot();
    const state = fc
      .record({
        locale: fc.constantFrom(null, 'en', 'fr', 'de', 'fr-CA'),
        cartId: fc.oneof(fc.constant(null), fc.constant(snapshot.cartId), fc.nat().map((i) => `cart-${i}`)),
        customer: fc.option(fc.record({ entityId: fc.integer({ min: 1, max: 5 }), firstName: fc.constant('A'), customerAccessToken: fc.constant(secrets[1]) }), { freq: 2 }),
      })
      .map((generated) => ({ ...snapshot, ...generated }));
    const params = fc.record({
      pageSize: fc.integer({ min: 1, max: 50 }),
      searchTerm: fc.constantFrom(undefined, 'coffee', secrets[0]!.slice(0, 4)),
      categoryEntityId: fc.constantFrom(undefined, 21, 22),
    });
    const after = fc.constantFrom(undefined, 'YXJyYXljb25uZWN0aW9uOjQ=');
    fc.assert(
      fc.property(state, params, after, fc.integer({ min: 1, max: 200 }), (s, p, cursor, productId) => {
        noSecretIn([
          queries.products({ ...p, after: cursor }, s).queryKey,
          queries.productPages(p, s).queryKey,
          queries.product(productId, s).queryKey,
          queries.categories(s).queryKey,
          queries.cart(s).queryKey,
          queries.customer(s).queryKey,
          queries.checkout(s).queryKey,
        ]);
      }),
      { numRuns: 300 },
    );
    // And the keys still say what changes an answer: channel, locale, customer scope.
    expect(queries.cart({ ...browser.session.getSnapshot() }).queryKey).toEqual(['bc-headless', 1, 'shopper', jane().entityId, 'cart', browser.session.getSnapshot().cartId]);
    expect(queries.categories({ ...browser.session.getSnapshot(), locale: 'fr' }).queryKey).toEqual(['bc-headless', 1, 'catalog', jane().entityId, 'fr', 'categories']);
    expect(queries.categories({ ...browser.session.getSnapshot(), customer: null, locale: 'fr' }).queryKey).toEqual(['bc-headless', 1, 'catalog', 'guest', 'fr', 'categories']);
  });
});
