import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { card, pay } from '../support/sandboxFixtures.js';
import { completeCheckout, createCart, login } from '../support/storefrontFlow.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const HISTORY = `query($first: Int, $after: String, $filters: OrdersFiltersInput) { customer { orders(first: $first, after: $after, filters: $filters) {
  pageInfo { hasNextPage endCursor }
  edges { node { entityId orderedAt { utc } status { label value } totalIncTax { value currencyCode }
    consignments { shipping { edges { node { lineItems { edges { node { entityId name productEntityId quantity subTotalListPrice { value }
      baseCatalogProduct { entityId } } } } } } } email { giftCertificates { edges { node { recipientEmail } } } } } } } } } }`;
const ORDER = `query($filter: OrderFilterInput) { site { order(filter: $filter) {
  entityId status { value } totalIncTax { value } subTotal { value } taxTotal { value } shippingCostTotal { value }
  discounts { couponDiscounts { couponCode discountedAmount { value } } nonCouponDiscountTotal { value } }
  billingAddress { firstName city country postalCode }
  payments { edges { node { amount { value } paymentMethodId detail { __typename ... on CreditCardPaymentInstrument { brand last4 } } } } }
  consignments { shipping { edges { node { entityId shippingAddress { city country }
    lineItems { edges { node { name quantity productOptions { name value } } } }
    shipments { edges { node { shippingProviderName shippingMethodName shippedAt { utc } tracking { __typename ... on OrderShipmentNumberOnlyTracking { number } } } } } } } } } } } }`;

const as = (token: string) => ({ 'x-bc-customer-access-token': token });
const history = async (headers: Record<string, string>, variables: Record<string, unknown> = {}) =>
  (await gqlData(sandbox, HISTORY, { headers, variables })).customer.orders;
const ids = (orders: any) => orders.edges.map((e: any) => e.node.entityId);

describe('Customer.orders', () => {
  test('the demo customers start with their own short history, newest first', async () => {
    const jane = await history(as(await login(sandbox, 0)));
    expect(ids(jane)).toEqual([62, 61]);
    const [shipped, completed] = jane.edges.map((e: any) => e.node);
    expect(shipped.status).toEqual({ label: 'Shipped', value: 'SHIPPED' });
    expect(completed.status.value).toBe('COMPLETED');
    const lines = completed.consignments.shipping.edges[0].node.lineItems.edges.map((e: any) => e.node);
    expect(lines.map((l: any) => [l.productEntityId, l.quantity, l.baseCatalogProduct.entityId])).toEqual([[111, 2, 111], [131, 1, 131]]);
    expect(completed.consignments.email.giftCertificates.edges).toEqual([]);
    expect(ids(await history(as(await login(sandbox, 1))))).toEqual([63]);
    expect(ids(await history(as(await login(sandbox, 2))))).toEqual([]);
  });

  test('pages and filters by status and date range', async () => {
    const headers = as(await login(sandbox, 0));
    const first = await history(headers, { first: 1 });
    expect(ids(first)).toEqual([62]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(ids(await history(headers, { first: 1, after: first.pageInfo.endCursor }))).toEqual([61]);
    expect(ids(await history(headers, { filters: { status: 'COMPLETED' } }))).toEqual([61]);
    expect(ids(await history(headers, { filters: { dateRange: { from: '2026-10-01T00:00:00Z' } } }))).toEqual([62]);
    expect(ids(await history(headers, { filters: { dateRange: { from: '2026-01-01T00:00:00Z', to: '2026-10-01T00:00:00Z' } } }))).toEqual([61]);
    const bad = await gql(sandbox, HISTORY, { headers, variables: { filters: { dateRange: { from: 'yesterday' } } } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a checkout completed and paid through the sandbox shows up in that customer’s history only', async () => {
    const token = await login(sandbox, 1);
    const cartId = await createCart(sandbox, as(token));
    const { orderId, paymentAccessToken } = await completeCheckout(sandbox, cartId, as(token));
    // Placed but unpaid: not in the history yet.
    expect(ids(await history(as(token)))).toEqual([63]);
    expect((await pay(sandbox, paymentAccessToken, card('4242424242424242'))).status).toBe(201);
    const after = await history(as(token));
    expect(ids(after)).toEqual([orderId, 63]);
    expect(after.edges[0].node.status.value).toBe('AWAITING_FULFILLMENT');
    expect(ids(await history(as(await login(sandbox, 0))))).toEqual([62, 61]);

    const order = (await gqlData(sandbox, ORDER, { headers: as(token), variables: { filter: { entityId: orderId } } })).site.order;
    expect(order.payments.edges[0].node).toEqual({ amount: { value: order.totalIncTax.value }, paymentMethodId: 'stripe.card', detail: { __typename: 'CreditCardPaymentInstrument', brand: 'Visa', last4: '4242' } });
    const cents = (m: { value: number }) => Math.round(m.value * 100);
    expect(cents(order.subTotal) + cents(order.taxTotal) + cents(order.shippingCostTotal) - order.discounts.couponDiscounts.reduce((s: number, c: any) => s + cents(c.discountedAmount), 0)).toBe(cents(order.totalIncTax));
    expect(order.consignments.shipping.edges[0].node.lineItems.edges).toHaveLength(1);
  });
});

describe('Site.order', () => {
  test('one order with totals that add up, its coupon, shipment and payment', async () => {
    const order = (await gqlData(sandbox, ORDER, { headers: as(await login(sandbox, 0)), variables: { filter: { entityId: 62 } } })).site.order;
    expect(order.discounts.couponDiscounts.map((c: any) => c.couponCode)).toEqual(['WELCOME10']);
    const cents = (m: { value: number }) => Math.round(m.value * 100);
    expect(cents(order.subTotal) - cents(order.discounts.couponDiscounts[0].discountedAmount) + cents(order.taxTotal) + cents(order.shippingCostTotal)).toBe(cents(order.totalIncTax));
    expect(order.billingAddress).toEqual({ firstName: 'Jane', city: 'Seattle', country: 'United States', postalCode: '98101' });
    const consignment = order.consignments.shipping.edges[0].node;
    expect(consignment.shippingAddress).toEqual({ city: 'Seattle', country: 'United States' });
    expect(consignment.lineItems.edges[0].node.productOptions.length).toBeGreaterThan(0);
    expect(consignment.shipments.edges[0].node).toMatchObject({ shippingProviderName: 'USPS', tracking: { __typename: 'OrderShipmentNumberOnlyTracking', number: '9400111899223100000000' } });
  });

  test('another customer’s order, or a guest asking without the cart id, gets null', async () => {
    const max = as(await login(sandbox, 1));
    expect((await gqlData(sandbox, ORDER, { headers: max, variables: { filter: { entityId: 62 } } })).site.order).toBeNull();
    expect((await gqlData(sandbox, ORDER, { variables: { filter: { entityId: 62 } } })).site.order).toBeNull();
    expect((await gqlData(sandbox, ORDER, { headers: max, variables: { filter: { entityId: 999999 } } })).site.order).toBeNull();
    expect((await gqlData(sandbox, ORDER, { headers: max })).site.order).toBeNull();
  });

  test('a guest sees their paid order with its cart id, and only with it', async () => {
    const cartId = await createCart(sandbox);
    const { orderId, paymentAccessToken } = await completeCheckout(sandbox, cartId);
    expect((await pay(sandbox, paymentAccessToken, card('4242424242424242'))).status).toBe(201);
    expect((await gqlData(sandbox, ORDER, { variables: { filter: { entityId: orderId, cartEntityId: cartId } } })).site.order.entityId).toBe(orderId);
    expect((await gqlData(sandbox, ORDER, { variables: { filter: { entityId: orderId, cartEntityId: 'another-cart' } } })).site.order).toBeNull();
    expect((await gqlData(sandbox, ORDER, { variables: { filter: { entityId: orderId } } })).site.order).toBeNull();
  });
});
