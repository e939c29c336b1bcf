import { MutationObserver } from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PaymentDeclinedError } from '../../src/errors/PaymentDeclinedError.js';
import type { CheckoutResult } from '../../src/queries/documents/checkoutDocuments.js';
import { cardInstrument } from '../../src/queries/placeOrder.js';
import type { StorefrontMutationOptions } from '../../src/queries/StorefrontQueryOptions.js';
import { lineOf, startStorefront, watch, type Browser, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());
afterEach(async () => {
  await fetch(`${storefront.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
});
/** The sandbox's next answer to the shipping-option step gets `fault` (`{ delayMs }`, `{ status }`). */
const faultNextShippingChoice = (fault: Record<string, number>) =>
  fetch(`${storefront.sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ match: { operationName: 'BcHeadlessSelectCheckoutShippingOption' }, count: 1, fault }),
  });

const mutate = <D, V>(browser: Browser, options: StorefrontMutationOptions<D, V, any>, variables: V) =>
  new MutationObserver(browser.queryClient, options as never).mutate(variables as never) as Promise<D>;

const address = { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', address1: '1 Main St', city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701' };
const card = (number: string) => cardInstrument({ number: number.replace(/(\d{4})/g, '$1 '), name: ' Jane Doe ', expiryMonth: '12', expiryYear: '30', cvv: '123' });

interface LogEntry {
  path: string;
  operationName: string | null;
  correlationId: string | null;
}
const requestLog = async (correlationId: string) =>
  ((await (await fetch(`${storefront.sandbox.url}/__sandbox/requests?correlationId=${correlationId}`)).json()) as { data: LogEntry[] }).data;

async function readyCheckout(browser: Browser) {
  const { queries } = browser;
  const [first, second] = storefront.sandbox.store.catalog.products;
  await mutate(browser, queries.addToCart(), lineOf(first!, 2));
  await mutate(browser, queries.addToCart(), lineOf(second!, 1));
  const checkout = watch<CheckoutResult | null>(browser, (s) => queries.checkout(s));
  await checkout.settled();
  const sent = browser.sent.length;
  const billed = await mutate(browser, queries.setBillingAddress(), { address });
  expect(billed?.billingAddress).toMatchObject({ email: 'jane@example.com', countryCode: 'US' });
  // Every physical line ships, read from the cached checkout.
  const shipped = await mutate(browser, queries.setShippingConsignment(), { address });
  const consignment = shipped!.shippingConsignments![0]!;
  expect(consignment.lineItemIds.sort()).toEqual(checkout.result().data!.cart!.lineItems.physicalItems.map((l) => l.entityId).sort());
  // A second submit of the address form updates that consignment instead of adding one.
  const resubmitted = await mutate(browser, queries.setShippingConsignment(), { address: { ...address, address1: '2 Main St' } });
  expect(resubmitted!.shippingConsignments!.map((c) => [c.entityId, c.address.address1])).toEqual([[consignment.entityId, '2 Main St']]);
  const option = consignment.availableShippingOptions!.find((o) => o.isRecommended) ?? consignment.availableShippingOptions![0]!;
  const selected = await mutate(browser, queries.selectShippingOption(), { shippingOptionEntityId: option.entityId });
  expect(selected!.shippingConsignments![0]!.selectedShippingOption?.entityId).toBe(option.entityId);
  const discounted = await mutate(browser, queries.applyCoupon(), { couponCode: 'WELCOME10' });
  expect(discounted!.coupons.map((c) => c.code)).toEqual(['WELCOME10']);
  // Each step's answer is the cached checkout: one mutation per step, no checkout read.
  expect(checkout.result().data).toEqual(discounted);
  expect(browser.namesSince(sent)).toEqual([
    'BcHeadlessAddCheckoutBillingAddress',
    'BcHeadlessAddCheckoutShippingConsignments',
    'BcHeadlessUpdateCheckoutShippingConsignment',
    'BcHeadlessSelectCheckoutShippingOption',
    'BcHeadlessApplyCheckoutCoupon',
  ]);
  // The coupon changed the cart's amounts too: its cached copy is stale, and a read shows the discount.
  const cartKey = queries.keys.cart('guest', browser.session.getSnapshot().cartId);
  expect(browser.queryClient.getQueryState(cartKey)?.isInvalidated).toBe(true);
  const cart = await browser.queryClient.fetchQuery(queries.cart());
  expect(cart!.discountedAmount.value).toBeGreaterThan(0);
  return checkout;
}

describe('checkout', () => {
  it('runs the steps, survives a declined card, and places the order on a second try', async () => {
    const browser = storefront.browser();
    const { queries, session, queryClient } = browser;
    const checkout = await readyCheckout(browser);
    const cartId = session.getSnapshot().cartId!;

    const declined = await mutate(browser, queries.placeOrder(), { instrument: card('4000000000000002') }).catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(PaymentDeclinedError);
    const { orderId, correlationId } = declined as PaymentDeclinedError & { orderId: number };
    expect(orderId).toEqual(expect.any(Number));
    // The id the browser sent is the one the handler used for completeCheckout and the payment.
    expect(correlationId).toBe(browser.sent.at(-1)!.headers.get('x-correlation-id'));
    const declinedLog = await requestLog(correlationId!);
    expect(declinedLog.map((e) => e.operationName ?? e.path)).toEqual(['BcHeadlessCompleteCheckout', `/stores/${storefront.sandbox.storeHash}/payments`]);
    // Nothing was charged, so the cart and the checkout stay for another try.
    expect(session.getSnapshot().cartId).toBe(cartId);
    expect(checkout.result().data?.entityId).toBe(cartId);

    const placed = await mutate(browser, queries.placeOrder(), { instrument: card('4111111111111111') });
    expect(placed).toMatchObject({ orderId, paymentStatus: 'success', paymentId: expect.any(String) });
    expect(placed.correlationId).toBe(browser.sent.at(-1)!.headers.get('x-correlation-id'));
    expect((await requestLog(placed.correlationId)).map((e) => e.operationName ?? e.path)).toEqual(['BcHeadlessCompleteCheckout', `/stores/${storefront.sandbox.storeHash}/payments`]);
    // Paid: the session forgets the cart and its cached checkout is gone.
    expect(session.getSnapshot().cartId).toBeNull();
    expect(queryClient.getQueryCache().findAll({ queryKey: queries.keys.checkout('guest', cartId) })).toEqual([]);
    checkout.stop();
  });

  it('shows a shipping choice at once, then the answer; a refused choice puts the previous one back', async () => {
    const browser = storefront.browser();
    const { queries } = browser;
    await mutate(browser, queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
    const checkout = watch<CheckoutResult | null>(browser, (s) => queries.checkout(s));
    await checkout.settled();
    const shipped = await mutate(browser, queries.setShippingConsignment(), { address });
    const [first, second] = shipped!.shippingConsignments![0]!.availableShippingOptions!;
    const chosen = () => checkout.result().data?.shippingConsignments?.[0]?.selectedShippingOption?.entityId;
    const shippingCost = () => checkout.result().data?.shippingCostTotal?.value;
    await mutate(browser, queries.selectShippingOption(), { shippingOptionEntityId: first!.entityId });
    expect(chosen()).toBe(first!.entityId);

    // A slow answer: the cached checkout shows the new choice while the step is on the wire.
    await faultNextShippingChoice({ delayMs: 400 });
    let answered = false;
    const pending = mutate(browser, queries.selectShippingOption(), { shippingOptionEntityId: second!.entityId }).then((answer) => ((answered = true), answer));
    await vi.waitFor(() => expect(chosen()).toBe(second!.entityId));
    expect(answered).toBe(false);
    expect(shippingCost()).toBe(first!.cost.value); // the amounts wait for the answer
    const answer = await pending;
    expect(checkout.result().data).toEqual(answer);
    expect(shippingCost()).toBe(second!.cost.value);

    // A refused step: the choice shows, then the previous one comes back; nothing else changes.
    const before = checkout.result().data;
    const seen: Array<string | undefined> = [];
    const stop = checkout.observer.subscribe((r) => seen.push((r.data as CheckoutResult | null)?.shippingConsignments?.[0]?.selectedShippingOption?.entityId));
    await faultNextShippingChoice({ status: 500 });
    await expect(mutate(browser, queries.selectShippingOption(), { shippingOptionEntityId: first!.entityId })).rejects.toThrow();
    stop();
    expect(seen.filter((id, i) => id !== seen[i - 1])).toEqual([first!.entityId, second!.entityId]);
    expect(checkout.result().data).toEqual(before);
    checkout.stop();
  });

  it('hands off to hosted checkout through the handler with the same cart', async () => {
    const browser = storefront.browser();
    await mutate(browser, browser.queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
    const url = browser.queries.checkoutUrl();
    expect(url).toBe(`${storefront.api}/checkout`);
    const response = await browser.fetch(url);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(location.origin).toBe(storefront.sandbox.url);
    expect(location.pathname).toBe('/session-sync');
    expect(location.searchParams.get('jwt')).toBeTruthy();
  });

  it('refuses the steps without a cart, naming the fix, and sends nothing', async () => {
    const browser = storefront.browser();
    await expect(mutate(browser, browser.queries.setBillingAddress(), { address })).rejects.toThrow(/setBillingAddress: the session has no cart/);
    await expect(mutate(browser, browser.queries.placeOrder(), { instrument: card('4111111111111111') })).rejects.toThrow(/placeOrder: the session has no cart/);
    expect(browser.sent).toEqual([]);
  });

  it('turns card fields into the Payments API card instrument', () => {
    expect(cardInstrument({ number: '4111 1111-1111 1111', name: ' Jane ', expiryMonth: '07', expiryYear: '29', cvv: ' 123 ' })).toEqual({
      type: 'card',
      number: '4111111111111111',
      cardholder_name: 'Jane',
      expiry_month: 7,
      expiry_year: 2029,
      verification_value: '123',
    });
    expect(cardInstrument({ number: '1', name: 'x', expiryMonth: 1, expiryYear: 2031, cvv: '1' }).expiry_year).toBe(2031);
  });
});
