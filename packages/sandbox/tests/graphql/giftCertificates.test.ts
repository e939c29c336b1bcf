import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { prepareCheckout } from '../../../../tools/test-stack/prepareCheckout.mjs';
import { card, chargesFor, pay } from '../support/sandboxFixtures.js';
import { login } from '../support/storefrontFlow.js';
import { createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const LOOKUP = 'query($code: String!) { site { giftCertificate(code: $code) { code currencyCode status amount { value } balance { value } sender { name } recipient { name } purchasedAt { utc } expiresAt { utc } } } }';
const CHECKOUT = 'entityId grandTotal { value } outstandingBalance { value } giftCertificates { code used { value } remaining { value } balance { value } }';
const APPLY = `mutation($input: ApplyCheckoutGiftCertificateInput!) { checkout { applyCheckoutGiftCertificate(input: $input) { checkout { ${CHECKOUT} } } } }`;
const UNAPPLY = `mutation($input: UnapplyCheckoutGiftCertificateInput!) { checkout { unapplyCheckoutGiftCertificate(input: $input) { checkout { ${CHECKOUT} } } } }`;
const COMPLETE = 'mutation($input: CompleteCheckoutInput!) { checkout { completeCheckout(input: $input) { orderEntityId paymentAccessToken } } }';

const lookup = async (code: string) => (await gqlData(sandbox, LOOKUP, { variables: { code } })).site.giftCertificate;
const cents = (m: { value: number }) => Math.round(m.value * 100);

async function readyCheckout(lineItems: Array<Record<string, unknown>>, headers: Record<string, string> = {}) {
  const cart = await createCart(sandbox, lineItems, headers);
  await prepareCheckout(async (query: string, variables: Record<string, unknown>) => gqlData(sandbox, query, { variables, headers }), cart.entityId);
  return cart.entityId;
}
const apply = (checkoutEntityId: string, giftCertificateCode: string, headers: Record<string, string> = {}) =>
  gql(sandbox, APPLY, { variables: { input: { checkoutEntityId, data: { giftCertificateCode } } }, headers });

describe('Site.giftCertificate', () => {
  test('a code shows its amount, balance, people and dates; an unknown code is null', async () => {
    expect(await lookup('gc-half-2500')).toMatchObject({ code: 'GC-HALF-2500', currencyCode: 'USD', status: 'ACTIVE', amount: { value: 50 }, balance: { value: 25 }, sender: { name: 'Max Mustermann' }, expiresAt: { utc: '2030-05-12T08:30:00.000Z' } });
    expect(await lookup('NO-SUCH-CODE')).toBeNull();
    expect(await lookup('x'.repeat(5000))).toBeNull();
  });

  test('past its date a certificate shows as expired, and a checkout refuses it', async () => {
    // Its own sandbox: the clock never runs backwards, and tokens must outlive the jump.
    const later = await startSandbox({ storefrontTokenTtlSeconds: 20 * 365 * 86_400 });
    try {
      later.clock.set(Date.parse('2031-01-01T00:00:00Z'));
      const found = await gqlData(later, LOOKUP, { variables: { code: 'GC-HALF-2500' } });
      expect(found.site.giftCertificate.status).toBe('EXPIRED');
      const cart = await createCart(later, [{ productEntityId: 131, quantity: 1 }]);
      const res = await gql(later, APPLY, { variables: { input: { checkoutEntityId: cart.entityId, data: { giftCertificateCode: 'GC-HALF-2500' } } } });
      expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('expired'), extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await later.close();
    }
  });
});

describe('gift certificates at checkout', () => {
  test('applied, one pays up to its balance and the card pays the rest; paying spends the balance', async () => {
    const checkoutId = await readyCheckout([{ productEntityId: 116, quantity: 1 }]);
    const applied = (await apply(checkoutId, 'GC-HALF-2500')).body.data.checkout.applyCheckoutGiftCertificate.checkout;
    expect(applied.giftCertificates).toEqual([{ code: 'GC-HALF-2500', used: { value: 25 }, remaining: { value: 0 }, balance: { value: 25 } }]);
    expect(cents(applied.outstandingBalance)).toBe(cents(applied.grandTotal) - 2500);
    const done = (await gqlData(sandbox, COMPLETE, { variables: { input: { checkoutEntityId: checkoutId } } })).checkout.completeCheckout;
    // The card pays the outstanding balance: a payment of the full total is refused.
    expect((await lookup('GC-HALF-2500')).balance.value).toBe(25);
    const res = await pay(sandbox, done.paymentAccessToken, card('4242424242424242'));
    expect(res.status).toBe(201);
    expect((await chargesFor(sandbox, done.orderEntityId)).map((c) => c.amount)).toEqual([cents(applied.outstandingBalance)]);
    expect((await lookup('GC-HALF-2500')).balance.value).toBe(0);
  });

  test('a certificate that covers everything places the order without a card payment', async () => {
    const token = await login(sandbox, 0);
    const headers = { 'x-bc-customer-access-token': token };
    const checkoutId = await readyCheckout([{ productEntityId: 131, quantity: 1 }], headers);
    const applied = (await apply(checkoutId, 'GC-FRESH-5000', headers)).body.data.checkout.applyCheckoutGiftCertificate.checkout;
    expect(applied.outstandingBalance.value).toBe(0);
    const done = (await gqlData(sandbox, COMPLETE, { variables: { input: { checkoutEntityId: checkoutId } }, headers })).checkout.completeCheckout;
    expect(done.paymentAccessToken).toBeNull();
    expect((await lookup('GC-FRESH-5000')).balance.value).toBeCloseTo(50 - applied.grandTotal.value, 2);
    const history = await gqlData(sandbox, '{ customer { orders(first: 1) { edges { node { entityId status { value } } } } } }', { headers });
    expect(history.customer.orders.edges[0].node).toEqual({ entityId: done.orderEntityId, status: { value: 'AWAITING_FULFILLMENT' } });
  });

  test('unknown, empty, expired or disabled certificates are refused; unapplying restores the balance due', async () => {
    const checkoutId = await readyCheckout([{ productEntityId: 131, quantity: 1 }]);
    const refusals: Array<[string, string]> = [['NOPE', 'NOT_FOUND'], ['GC-EMPTY-0', 'BAD_USER_INPUT'], ['GC-EXPIRED-3000', 'BAD_USER_INPUT'], ['GC-DISABLED-1000', 'BAD_USER_INPUT']];
    for (const [code, expected] of refusals) {
      expect((await apply(checkoutId, code)).body.errors?.[0]?.extensions?.code).toBe(expected);
    }
    const applied = (await apply(checkoutId, 'GC-FRESH-5000')).body.data.checkout.applyCheckoutGiftCertificate.checkout;
    const again = (await apply(checkoutId, 'gc-fresh-5000')).body.data.checkout.applyCheckoutGiftCertificate.checkout;
    expect(again.giftCertificates).toHaveLength(1);
    const removed = (await gqlData(sandbox, UNAPPLY, { variables: { input: { checkoutEntityId: checkoutId, data: { giftCertificateCode: 'GC-FRESH-5000' } } } })).checkout.unapplyCheckoutGiftCertificate.checkout;
    expect(removed.giftCertificates).toEqual([]);
    expect(removed.outstandingBalance).toEqual(applied.grandTotal);
    const notApplied = await gql(sandbox, UNAPPLY, { variables: { input: { checkoutEntityId: checkoutId, data: { giftCertificateCode: 'GC-FRESH-5000' } } } });
    expect(notApplied.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('another shopper’s checkout cannot take a certificate', async () => {
    const headers = { 'x-bc-customer-access-token': await login(sandbox, 0) };
    const checkoutId = await readyCheckout([{ productEntityId: 131, quantity: 1 }], headers);
    const res = await apply(checkoutId, 'GC-FRESH-5000', { 'x-bc-customer-access-token': await login(sandbox, 1) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await lookup('GC-FRESH-5000')).balance.value).toBe(50);
  });
});
