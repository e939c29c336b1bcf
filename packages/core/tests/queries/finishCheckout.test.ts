import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaymentDeclinedError } from '../../src/errors/PaymentDeclinedError.js';
import type { CheckoutResult } from '../../src/queries/documents/checkoutDocuments.js';
import { finishCheckout, type FinishCheckoutOptions } from '../../src/queries/finishCheckout.js';
import { cardInstrument } from '../../src/queries/placeOrder.js';
import { lineOf, mutate, startStorefront, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

const address = { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', address1: '1 Main St', city: 'Austin', stateOrProvince: 'Texas', postalCode: '78701', countryCode: 'US' };
const card = (number: string) => ({ instrument: cardInstrument({ number, name: 'Ann Lee', expiryMonth: '12', expiryYear: '30', cvv: '123' }) });

/** A page with one line in its cart and its checkout read, wired as a checkout form wires it. */
async function checkoutPage(number = '4111111111111111') {
  const browser = storefront.browser();
  const { queries, queryClient } = browser;
  await mutate(browser, queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!));
  const saves: Array<CheckoutResult | null> = [];
  const options: FinishCheckoutOptions = {
    checkout: await queryClient.fetchQuery(queries.checkout()),
    addressChanged: false,
    payment: card(number),
    async saveAddress() {
      await mutate(browser, queries.setBillingAddress(), { address });
      const next = await mutate(browser, queries.setShippingConsignment(), { address });
      saves.push(next);
      return next;
    },
    selectShippingOption: (variables) => mutate(browser, queries.selectShippingOption(), variables),
    placeOrder: (variables) => mutate(browser, queries.placeOrder(), variables),
  };
  return { browser, options, saves };
}

describe('finishCheckout', () => {
  it('saves the missing address, picks the recommended shipping option, then pays', async () => {
    const { browser, options, saves } = await checkoutPage();
    const sent = browser.sent.length;
    const order = await finishCheckout(options);
    expect(order).toMatchObject({ orderId: expect.any(Number), paymentStatus: 'success' });
    expect(browser.namesSince(sent)).toEqual(['BcHeadlessAddCheckoutBillingAddress', 'BcHeadlessAddCheckoutShippingConsignments', 'BcHeadlessSelectCheckoutShippingOption', 'POST /place-order']);
    const offered = saves[0]!.shippingConsignments![0]!.availableShippingOptions!;
    expect(offered.length).toBeGreaterThan(1);
    const chosen = JSON.parse(browser.sent.at(-2)!.body).variables.shippingOptionEntityId;
    expect(chosen).toBe((offered.find((o) => o.isRecommended) ?? offered[0]!).entityId);
  });

  it('only pays when the steps are done, and saves the address again only when it changed', async () => {
    const { browser, options, saves } = await checkoutPage();
    const saved = await options.saveAddress();
    const option = saved!.shippingConsignments![0]!.availableShippingOptions!.at(-1)!;
    const chosen = (await options.selectShippingOption({ shippingOptionEntityId: option.entityId })) as CheckoutResult;
    const sent = browser.sent.length;
    await finishCheckout({ ...options, checkout: chosen });
    expect(browser.namesSince(sent)).toEqual(['POST /place-order']);
    expect(saves).toHaveLength(1);

    const again = await checkoutPage();
    const ready = await again.options.saveAddress();
    const edited = await finishCheckout({ ...again.options, checkout: ready, addressChanged: true });
    expect(edited.paymentStatus).toBe('success');
    expect(again.saves).toHaveLength(2);
  });

  it('rejects as placeOrder does, and with a failed step’s own error', async () => {
    const declined = await checkoutPage('4000000000000002');
    await expect(finishCheckout(declined.options)).rejects.toBeInstanceOf(PaymentDeclinedError);

    const { browser, options } = await checkoutPage();
    const sent = browser.sent.length;
    const offline = new Error('address book offline');
    await expect(finishCheckout({ ...options, addressChanged: true, saveAddress: () => Promise.reject(offline) })).rejects.toBe(offline);
    expect(browser.sent).toHaveLength(sent); // nothing paid
  });
});
