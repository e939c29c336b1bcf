import { MutationObserver } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CartResult } from '../../src/queries/documents/cartDocuments.js';
import { cartItemCount } from '../../src/queries/cartItemCount.js';
import type { StorefrontMutationOptions } from '../../src/queries/StorefrontQueryOptions.js';
import { lineOf, startStorefront, watch, type Browser, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

// What `useMutation(options).mutateAsync(variables)` does in every binding.
const mutate = <D, V>(browser: Browser, options: StorefrontMutationOptions<D, V, any>, variables: V) =>
  new MutationObserver(browser.queryClient, options as never).mutate(variables as never) as Promise<D>;

describe('cart mutations', () => {
  it('add to cart creates the cart, stores its id and writes it into the cache: one request, no refetch', async () => {
    const browser = storefront.browser();
    const { queries, session } = browser;
    const [first, second] = storefront.sandbox.store.catalog.products;
    const cart = watch<CartResult | null>(browser, (s) => queries.cart(s));
    expect((await cart.settled()).data).toBeNull();
    expect(browser.sent).toEqual([]); // no cart id: no request

    const created = await mutate(browser, queries.addToCart(), lineOf(first!, 2));
    expect(browser.namesSince(0)).toEqual(['BcHeadlessCreateCart']);
    expect(session.getSnapshot().cartId).toBe(created.entityId);
    expect(storefront.sandbox.store.carts.get(created.entityId)?.locale).toBe('en');
    // The observer has moved to the new cart id's key and shows the written cart, with no fetch.
    const shown = await cart.settled();
    expect(shown.data).toEqual(created);
    expect(cartItemCount(shown.data as CartResult)).toBe(2);
    expect(browser.sent).toHaveLength(1);

    const added = await mutate(browser, queries.addToCart(), lineOf(second!, 1));
    expect(browser.namesSince(1)).toEqual(['BcHeadlessAddCartLineItems']);
    expect(added.entityId).toBe(created.entityId);
    expect((await cart.settled()).data).toEqual(added);
    expect(cartItemCount(added)).toBe(3);
    expect(browser.sent).toHaveLength(2);
    // What reached the sandbox: per add, exactly its one mutation (the log groups by correlation id).
    for (const request of browser.sent) {
      const log = await (await fetch(`${storefront.sandbox.url}/__sandbox/requests?correlationId=${request.headers.get('x-correlation-id')}`)).json();
      expect(log.data.map((e: { operationName: string }) => e.operationName)).toEqual([request.operationName]);
    }
    cart.stop();
  });

  it('updates a quantity, removes lines, and forgets the cart with its last line', async () => {
    const browser = storefront.browser();
    const { queries, session, queryClient } = browser;
    const [first, second] = storefront.sandbox.store.catalog.products;
    await mutate(browser, queries.addToCart(), lineOf(first!));
    const cart = await mutate(browser, queries.addToCart(), lineOf(second!));
    const [lineA, lineB] = cart.lineItems.physicalItems;
    const watched = watch<CartResult | null>(browser, (s) => queries.cart(s));
    await watched.settled();
    const sent = browser.sent.length;

    // Product and variant come from the cached cart.
    const updated = await mutate(browser, queries.updateCartLine(), { lineItemEntityId: lineA!.entityId, quantity: 5 });
    expect(updated?.lineItems.physicalItems.find((l) => l.entityId === lineA!.entityId)?.quantity).toBe(5);
    expect((await watched.settled()).data).toEqual(updated);

    const fewer = await mutate(browser, queries.removeCartLine(), { lineItemEntityId: lineA!.entityId });
    expect(fewer?.lineItems.physicalItems.map((l) => l.entityId)).toEqual([lineB!.entityId]);
    expect(session.getSnapshot().cartId).toBe(cart.entityId);

    // Quantity 0 removes; it was the last line, so the cart is gone.
    const gone = await mutate(browser, queries.updateCartLine(), { lineItemEntityId: lineB!.entityId, quantity: 0 });
    expect(gone).toBeNull();
    expect(session.getSnapshot().cartId).toBeNull();
    expect(storefront.sandbox.store.carts.has(cart.entityId)).toBe(false);
    expect((await watched.settled()).data).toBeNull();
    expect(queryClient.getQueryData(queries.keys.cart('guest', cart.entityId))).toBeNull();
    expect(browser.namesSince(sent)).toEqual(['BcHeadlessUpdateCartLineItem', 'BcHeadlessDeleteCartLineItem', 'BcHeadlessDeleteCartLineItem']);
    watched.stop();
  });

  it('queues quick clicks: two adds at once make one cart with both lines', async () => {
    const browser = storefront.browser();
    const [first, second] = storefront.sandbox.store.catalog.products;
    const [a, b] = await Promise.all([mutate(browser, browser.queries.addToCart(), lineOf(first!)), mutate(browser, browser.queries.addToCart(), lineOf(second!))]);
    expect(b.entityId).toBe(a.entityId);
    expect(b.lineItems.physicalItems.map((l) => l.productEntityId)).toEqual([first!.entityId, second!.entityId]);
    expect(browser.namesSince(0)).toEqual(['BcHeadlessCreateCart', 'BcHeadlessAddCartLineItems']);
  });

  it('starts a new cart when the stored one is gone', async () => {
    const browser = storefront.browser();
    const { queries, session } = browser;
    const product = storefront.sandbox.store.catalog.products[2]!;
    const old = await mutate(browser, queries.addToCart(), lineOf(product));
    storefront.sandbox.store.carts.delete(old.entityId);
    const fresh = await mutate(browser, queries.addToCart(), lineOf(product));
    expect(fresh.entityId).not.toBe(old.entityId);
    expect(session.getSnapshot().cartId).toBe(fresh.entityId);
    // The refusal is checked by reading the cart (null: gone), not by its wording.
    expect(browser.namesSince(1)).toEqual(['BcHeadlessAddCartLineItems', 'BcHeadlessCart', 'BcHeadlessCreateCart']);
  });

  it('keeps the cart when an add is refused for another reason', async () => {
    const browser = storefront.browser();
    const { queries, session } = browser;
    const cart = await mutate(browser, queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
    await expect(mutate(browser, queries.addToCart(), { productEntityId: 424242, quantity: 1 })).rejects.toThrow(/not found/i);
    expect(session.getSnapshot().cartId).toBe(cart.entityId);
    expect(browser.namesSince(1)).toEqual(['BcHeadlessAddCartLineItems', 'BcHeadlessCart']);
  });

  it('a cart read that finds no cart clears the session cart id', async () => {
    const browser = storefront.browser();
    browser.session.setCartId('00000000-0000-4000-8000-000000000000');
    expect(await browser.queryClient.fetchQuery(browser.queries.cart())).toBeNull();
    expect(browser.session.getSnapshot().cartId).toBeNull();
  });

  it('creates the cart in the session locale', async () => {
    const browser = storefront.browser();
    browser.session.setLocale('de');
    const cart = await mutate(browser, browser.queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
    expect(cart.locale).toBe('de');
  });

  it('refuses a line change without a cart, naming the fix', async () => {
    const browser = storefront.browser();
    await expect(mutate(browser, browser.queries.removeCartLine(), { lineItemEntityId: 'x' })).rejects.toThrow(/removeCartLine: the session has no cart/);
    expect(browser.sent).toEqual([]);
  });
});
