import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutSummary } from '../../src/queries/checkoutSummary.js';
import type { CheckoutResult } from '../../src/queries/documents/checkoutDocuments.js';
import { lineOf, mutate, startStorefront, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

describe('checkoutSummary', () => {
  it('sums the coupons’ discount of a checkout the store answered, and has none without a coupon', async () => {
    const browser = storefront.browser();
    await mutate(browser, browser.queries.addToCart(), lineOf(storefront.sandbox.store.catalog.products[0]!, 3));
    const plain = (await browser.queryClient.fetchQuery(browser.queries.checkout()))!;
    expect(checkoutSummary(plain)).toEqual({ subtotal: plain.subtotal, discount: null, couponCodes: [], shipping: plain.shippingCostTotal, tax: plain.taxTotal, total: plain.grandTotal });

    const discounted = (await mutate(browser, browser.queries.applyCoupon(), { couponCode: 'WELCOME10' })) as CheckoutResult;
    const summary = checkoutSummary(discounted);
    expect(summary.couponCodes).toEqual(['WELCOME10']);
    expect(summary.discount).toEqual({ value: discounted.coupons[0]!.discountedAmount.value, currencyCode: discounted.currencyCode });
    expect(summary.discount!.value).toBeCloseTo(plain.subtotal!.value * 0.1, 2); // WELCOME10 takes 10 %
    expect(summary.total).toEqual(discounted.grandTotal);
  });

  it('adds several coupons without float drift', () => {
    const money = (value: number) => ({ value, currencyCode: 'USD' });
    const checkout = { currencyCode: 'USD', coupons: [{ entityId: 1, code: 'A', discountedAmount: money(0.1) }, { entityId: 2, code: 'B', discountedAmount: money(0.2) }], subtotal: money(5), shippingCostTotal: null, taxTotal: money(0), grandTotal: money(4.7) };
    expect(checkoutSummary(checkout as unknown as CheckoutResult)).toMatchObject({ discount: money(0.3), couponCodes: ['A', 'B'], shipping: null });
  });
});
