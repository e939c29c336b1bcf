import type { CheckoutAddress, CheckoutResult } from '@bc-headless/core/queries';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initialCard } from '../src/checkoutDefaults.js';
import { translate } from '../src/messages.js';
import { submitCheckout, type SubmitCheckoutOptions } from '../src/submitCheckout.js';
import { mutate, startDemoStack, stockedLine, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());
beforeEach(async () => {
  await fetch(`${stack.sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
});

const address: CheckoutAddress = { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', address1: '1 Main St', city: 'Austin', stateOrProvince: 'Texas', postalCode: '78701', countryCode: 'US' };

/** A page with one line in its cart, its checkout read, and what the checkout form wires in. */
async function checkoutPage(number: string) {
  const page = stack.page();
  await mutate(page.queryClient, page.queries.addToCart(), stockedLine(stack.sandbox));
  const checkout = await page.queryClient.fetchQuery(page.queries.checkout());
  const options: SubmitCheckoutOptions = {
    checkout,
    addressChanged: false,
    card: { ...initialCard(address), number, cvv: '123' },
    lang: 'en',
    async saveAddress() {
      await mutate(page.queryClient, page.queries.setBillingAddress(), { address });
      return mutate<CheckoutResult | null, unknown>(page.queryClient, page.queries.setShippingConsignment(), { address });
    },
    selectShippingOption: (variables) => mutate(page.queryClient, page.queries.selectShippingOption(), variables),
    placeOrder: (variables) => mutate(page.queryClient, page.queries.placeOrder(), variables),
  };
  return { page, options };
}

describe('submitCheckout against the demo server and sandbox', () => {
  // The steps before the payment are core's finishCheckout (tested in core); what is the demos' own
  // is where the page goes next and the shopper's message.
  it('pays and names the order page', async () => {
    const { options } = await checkoutPage('4111111111111111');
    const outcome = await submitCheckout(options);
    expect(outcome.error).toBeUndefined();
    expect(outcome.order).toMatchObject({ paymentStatus: 'success' });
    expect(outcome.orderHref).toBe(`/order/${outcome.order!.orderId}?correlationId=${encodeURIComponent(outcome.order!.correlationId)}`);
  });

  it('tells the shopper, in their language, that the card was declined', async () => {
    const { options } = await checkoutPage('4000000000000002');
    expect(await submitCheckout({ ...options, lang: 'fr' })).toEqual({ error: translate('fr', 'checkout.declined') });
    expect(await submitCheckout(options)).toEqual({ error: translate('en', 'checkout.declined') });
  });

  it('names the order when the payment outcome is unknown, and passes any other failure’s message', async () => {
    const { options } = await checkoutPage('4111111111111111');
    // The charge happens, then the gateway's answer is lost: the handler cannot tell the outcome.
    const fault = await fetch(`${stack.sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { path: `/stores/${stack.sandbox.storeHash}/payments` }, count: 1, fault: { drop: true }, afterHandler: true }),
    });
    expect(fault.status).toBe(201);
    const unknown = await submitCheckout(options);
    const orderId = /order (\d+)\./.exec(unknown.error ?? '')?.[1];
    expect(unknown.error).toBe(translate('en', 'checkout.unknown', { orderId: orderId ?? 'none' }));

    const failed = await submitCheckout({ ...options, saveAddress: () => Promise.reject(new Error('address book offline')), addressChanged: true });
    expect(failed.error).toBe(translate('en', 'checkout.failed', { message: 'address book offline' }));
  });
});
