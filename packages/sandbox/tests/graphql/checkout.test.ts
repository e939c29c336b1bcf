import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

// Orders placed in this test (live ids start at 100; below are the demo customers' seeded history).
const liveOrders = (sb: Sandbox) => [...sb.store.orders.keys()].filter((id) => id >= 100).length;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const CHECKOUT_FIELDS = `entityId version
  billingAddress { entityId firstName email countryCode }
  shippingConsignments { entityId lineItemIds address { city countryCode }
    availableShippingOptions { entityId description cost { value } isRecommended }
    selectedShippingOption { entityId description cost { value } } }
  coupons { code couponType discountedAmount { value } }
  subtotal { value } shippingCostTotal { value } taxTotal { value } taxes { name amount { value } } grandTotal { value } outstandingBalance { value }
  cart { entityId discountedAmount { value } amount { value } }`;

const ADDRESS = { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', address1: '1 Main St', city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701', shouldSaveAddress: false };

function checkoutMutation(name: string, inputType: string) {
  return `mutation M($input: ${inputType}!) { checkout { ${name}(input: $input) { checkout { ${CHECKOUT_FIELDS} } } } }`;
}

async function prepared(coupon?: string) {
  // Stove 64.00 × 2 + grinder on sale 79.00 = 207.00
  const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 2 }, { productEntityId: 116, quantity: 1 }]);
  const id = cart.entityId;
  await gqlData(sandbox, checkoutMutation('addCheckoutBillingAddress', 'AddCheckoutBillingAddressInput'), { variables: { input: { checkoutEntityId: id, data: { address: ADDRESS } } } });
  const lines = cart.lineItems.physicalItems.map((l) => ({ lineItemEntityId: l.entityId, quantity: l.quantity }));
  const withConsignment = (await gqlData(sandbox, checkoutMutation('addCheckoutShippingConsignments', 'AddCheckoutShippingConsignmentsInput'), {
    variables: { input: { checkoutEntityId: id, data: { consignments: [{ address: ADDRESS, lineItems: lines }] } } },
  })).checkout.addCheckoutShippingConsignments.checkout;
  const consignment = withConsignment.shippingConsignments[0];
  if (coupon) {
    await gqlData(sandbox, checkoutMutation('applyCheckoutCoupon', 'ApplyCheckoutCouponInput'), { variables: { input: { checkoutEntityId: id, data: { couponCode: coupon } } } });
  }
  return { id, consignment };
}

const COMPLETE = 'mutation C($id: String!) { checkout { completeCheckout(input: { checkoutEntityId: $id }) { orderEntityId paymentAccessToken } } }';

describe('checkout', () => {
  test('billing address, consignment with options, selected option, coupon, tax and totals', async () => {
    const { id, consignment } = await prepared();
    expect(consignment.availableShippingOptions.map((o: any) => [o.description, o.cost.value])).toEqual([['Standard Shipping', 5], ['Express Shipping', 15]]);
    expect(consignment.selectedShippingOption).toBeNull();
    const express = consignment.availableShippingOptions[1].entityId;
    const selected = (await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: express } } },
    })).checkout.selectCheckoutShippingOption.checkout;
    expect(selected.shippingConsignments[0].selectedShippingOption).toMatchObject({ entityId: express, cost: { value: 15 } });
    expect(selected.billingAddress).toMatchObject({ firstName: 'Jane', email: 'jane@example.com', countryCode: 'US' });
    // 8% tax on 207.00 = 16.56; grand total = 207 + 15 + 16.56
    expect(selected).toMatchObject({ subtotal: { value: 207 }, shippingCostTotal: { value: 15 }, taxTotal: { value: 16.56 }, grandTotal: { value: 238.56 } });

    const couponed = (await gqlData(sandbox, checkoutMutation('applyCheckoutCoupon', 'ApplyCheckoutCouponInput'), { variables: { input: { checkoutEntityId: id, data: { couponCode: 'welcome10' } } } })).checkout.applyCheckoutCoupon.checkout;
    // 10% off per unit: 6.40 × 2 + 7.90 = 20.70; tax on 186.30 = 14.90 (rounded per unit: 4.61×2 + 5.69 = 14.91)
    expect(couponed.coupons).toEqual([{ code: 'WELCOME10', couponType: 'PERCENTAGE_DISCOUNT', discountedAmount: { value: 20.7 } }]);
    expect(couponed.cart.discountedAmount.value).toBe(20.7);
    expect(couponed.taxTotal.value).toBe(14.91);
    expect(couponed.grandTotal.value).toBe(Math.round((207 - 20.7 + 15 + 14.91) * 100) / 100);
    expect(couponed.taxes).toEqual([{ name: 'Tax', amount: { value: 14.91 } }]);

    const unknown = await gql(sandbox, checkoutMutation('applyCheckoutCoupon', 'ApplyCheckoutCouponInput'), { variables: { input: { checkoutEntityId: id, data: { couponCode: 'NOPE' } } } });
    expect(unknown.body.errors?.[0]?.message).toMatch(/Coupon not found/);
  });

  test('completeCheckout needs a billing address and a selected shipping option', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const noBilling = await gql(sandbox, COMPLETE, { variables: { id: cart.entityId } });
    expect(noBilling.body.errors?.[0]?.message).toMatch(/no billing address/);
    const { id } = await prepared();
    const noOption = await gql(sandbox, COMPLETE, { variables: { id } });
    expect(noOption.body.errors?.[0]?.message).toMatch(/selected shipping option/);
    expect(liveOrders(sandbox)).toBe(0);
  });

  test('completeCheckout creates an Incomplete order and a payment access token bound to it', async () => {
    const { id, consignment } = await prepared('WELCOME10');
    const standard = consignment.availableShippingOptions[0].entityId;
    const final = (await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: standard } } },
    })).checkout.selectCheckoutShippingOption.checkout;
    const res = (await gqlData(sandbox, COMPLETE, { variables: { id } })).checkout.completeCheckout;
    expect(res.orderEntityId).toBeGreaterThan(0);
    const order = sandbox.store.orders.get(res.orderEntityId)!;
    expect(order).toMatchObject({ cartEntityId: id, status: 'Incomplete', currencyCode: 'USD', billingEmail: 'jane@example.com', shippingCost: 500 });
    expect(order.total).toBe(Math.round(final.grandTotal.value * 100));
    expect(order.taxTotal).toBe(Math.round(final.taxTotal.value * 100));
    expect(order.discountTotal).toBe(2070);
    // Lines add up to the total minus shipping, so refunds can be computed from them.
    expect(order.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0)).toBe(order.total - order.shippingCost);
    expect(order.lines.reduce((s, l) => s + l.unitTax * l.quantity, 0)).toBe(order.taxTotal);

    expect(decodeProtectedHeader(res.paymentAccessToken).alg).toBe('HS256');
    const payload = decodeJwt(res.paymentAccessToken);
    expect(payload).toMatchObject({
      iss: 'payments.bigcommerce.com',
      sub: sandbox.storeHash,
      data: { store_id: sandbox.storeId, order_id: res.orderEntityId, amount: order.total, currency: 'USD' },
    });
    expect((payload.exp as number) - (payload.iat as number)).toBe(3600);

    // The cart lives on until the order is paid; completing again updates the same order.
    expect(sandbox.store.carts.has(id)).toBe(true);
    const again = (await gqlData(sandbox, COMPLETE, { variables: { id } })).checkout.completeCheckout;
    expect(again.orderEntityId).toBe(res.orderEntityId);
    expect(again.paymentAccessToken).not.toBe(res.paymentAccessToken);
    expect(liveOrders(sandbox)).toBe(1);
  });

  test('the payment access token from completeCheckout pays the order; a paid order’s cart is deleted', async () => {
    const { id, consignment } = await prepared();
    await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } } },
    });
    const { orderEntityId, paymentAccessToken } = (await gqlData(sandbox, COMPLETE, { variables: { id } })).checkout.completeCheckout;
    const res = await fetch(`${sandbox.url}/stores/${sandbox.storeHash}/payments`, {
      method: 'POST',
      headers: { accept: 'application/vnd.bc.v1+json', 'content-type': 'application/json', authorization: `PAT ${paymentAccessToken}` },
      body: JSON.stringify({ payment: { instrument: { type: 'card', number: '4111111111111111', cardholder_name: 'Jane Doe', expiry_month: 12, expiry_year: 2099, verification_value: '123' }, payment_method_id: 'stripe.card' } }),
    });
    expect(res.status).toBe(201);
    expect(sandbox.store.orders.get(orderEntityId)!.status).not.toBe('Incomplete');
    // Once the order is paid the cart is deleted (reference/checkouts.v3.yml) and the checkout is done.
    const read = 'query($id: String) { site { checkout(entityId: $id) { entityId } cart(entityId: $id) { entityId } } }';
    expect((await gqlData(sandbox, read, { variables: { id } })).site).toEqual({ checkout: null, cart: null });
    expect(sandbox.store.carts.has(id)).toBe(false);
    const again = await gql(sandbox, COMPLETE, { variables: { id } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('changing the cart after choosing shipping drops removed lines from consignments and needs shipping for new lines', async () => {
    const { id, consignment } = await prepared();
    await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } } },
    });
    await gqlData(sandbox, 'mutation A($id: String!) { cart { addCartLineItems(input: { cartEntityId: $id, data: { lineItems: [{ productEntityId: 135, quantity: 1 }] } }) { cart { entityId } } } }', { variables: { id } });
    const res = await gql(sandbox, COMPLETE, { variables: { id } });
    expect(res.body.errors?.[0]?.message).toMatch(/every line item/);
  });
});

describe('stock', () => {
  test('completeCheckout takes stock once, also when completed twice (the order’s own stock counts)', async () => {
    const stock = () => sandbox.store.catalog.productById(122)!.variants[0]!.stock;
    const before = stock();
    const { id, consignment } = await prepared();
    await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } } },
    });
    await gqlData(sandbox, COMPLETE, { variables: { id } });
    expect(stock()).toBe(before - 2);
    await gqlData(sandbox, COMPLETE, { variables: { id } });
    expect(stock()).toBe(before - 2);
    sandbox.store.catalog.productById(122)!.variants[0]!.stock = 0;
    const res = await gql(sandbox, COMPLETE, { variables: { id } });
    // 0 left plus the 2 this order already holds is enough for its 2.
    expect(res.body.errors).toBeUndefined();
    expect(stock()).toBe(0);
  });

  test('completeCheckout refuses when stock ran out after the cart was filled', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 134, quantity: 2 }]);
    const id = cart.entityId;
    await gqlData(sandbox, checkoutMutation('addCheckoutBillingAddress', 'AddCheckoutBillingAddressInput'), { variables: { input: { checkoutEntityId: id, data: { address: ADDRESS } } } });
    const line = cart.lineItems.physicalItems[0]!;
    const c = (await gqlData(sandbox, checkoutMutation('addCheckoutShippingConsignments', 'AddCheckoutShippingConsignmentsInput'), {
      variables: { input: { checkoutEntityId: id, data: { consignments: [{ address: ADDRESS, lineItems: [{ lineItemEntityId: line.entityId, quantity: 2 }] }] } } },
    })).checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
    await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: c.entityId, data: { shippingOptionEntityId: c.availableShippingOptions[0].entityId } } },
    });
    sandbox.store.catalog.productById(134)!.variants[0]!.stock = 1;
    const res = await gql(sandbox, COMPLETE, { variables: { id } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_STOCK');
    expect(liveOrders(sandbox)).toBe(0);
    expect(sandbox.store.catalog.productById(134)!.variants[0]!.stock).toBe(1);
  });
});

describe('changing a checkout', () => {
  test('update the billing address, update and delete a consignment, unapply a coupon', async () => {
    const { id, consignment } = await prepared('WELCOME10');
    const billing = (await gqlData(sandbox, `query($id: String) { site { checkout(entityId: $id) { billingAddress { entityId } coupons { code } } } }`, { variables: { id } })).site.checkout;
    expect(billing.coupons).toEqual([{ code: 'WELCOME10' }]);

    const updated = (await gqlData(sandbox, checkoutMutation('updateCheckoutBillingAddress', 'UpdateCheckoutBillingAddressInput'), {
      variables: { input: { checkoutEntityId: id, addressEntityId: billing.billingAddress.entityId, data: { address: { ...ADDRESS, firstName: 'Janet', countryCode: 'CA' } } } },
    })).checkout.updateCheckoutBillingAddress.checkout;
    expect(updated.billingAddress).toEqual({ entityId: billing.billingAddress.entityId, firstName: 'Janet', email: 'jane@example.com', countryCode: 'CA' });
    const wrongId = await gql(sandbox, checkoutMutation('updateCheckoutBillingAddress', 'UpdateCheckoutBillingAddressInput'), {
      variables: { input: { checkoutEntityId: id, addressEntityId: 'nope', data: { address: ADDRESS } } },
    });
    expect(wrongId.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await gqlData(sandbox, checkoutMutation('selectCheckoutShippingOption', 'SelectCheckoutShippingOptionInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[1].entityId } } },
    });
    const moved = (await gqlData(sandbox, checkoutMutation('updateCheckoutShippingConsignment', 'UpdateCheckoutShippingConsignmentInput'), {
      variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId, data: { consignment: { address: { ...ADDRESS, city: 'Dallas' }, lineItems: consignment.lineItemIds.map((lineItemEntityId: string) => ({ lineItemEntityId, quantity: lineItemEntityId === consignment.lineItemIds[0] ? 2 : 1 })) } } } },
    })).checkout.updateCheckoutShippingConsignment.checkout;
    expect(moved.shippingConsignments).toHaveLength(1);
    expect(moved.shippingConsignments[0]).toMatchObject({ entityId: consignment.entityId, address: { city: 'Dallas' }, selectedShippingOption: null });
    expect(moved.shippingCostTotal.value).toBe(0);

    const uncouponed = (await gqlData(sandbox, checkoutMutation('unapplyCheckoutCoupon', 'UnapplyCheckoutCouponInput'), { variables: { input: { checkoutEntityId: id, data: { couponCode: 'welcome10' } } } })).checkout.unapplyCheckoutCoupon.checkout;
    expect(uncouponed.coupons).toEqual([]);
    expect(uncouponed.cart.discountedAmount.value).toBe(0);
    const notApplied = await gql(sandbox, checkoutMutation('unapplyCheckoutCoupon', 'UnapplyCheckoutCouponInput'), { variables: { input: { checkoutEntityId: id, data: { couponCode: 'WELCOME10' } } } });
    expect(notApplied.body.errors?.[0]?.message).toMatch(/not applied/);

    const deleted = (await gqlData(sandbox, checkoutMutation('deleteCheckoutConsignment', 'DeleteCheckoutConsignmentInput'), { variables: { input: { checkoutEntityId: id, consignmentEntityId: consignment.entityId } } })).checkout.deleteCheckoutConsignment.checkout;
    expect(deleted.shippingConsignments).toEqual([]);
    expect((await gql(sandbox, COMPLETE, { variables: { id } })).body.errors?.[0]?.message).toMatch(/every line item/);
  });
});
