import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { SandboxSeed } from '../../src/catalog/SandboxSeed.js';
import type { Sandbox, SandboxCustomerLogin } from '../../src/createSandbox.js';
import { card, chargesFor, pay } from '../support/sandboxFixtures.js';
import { completeCheckout } from '../support/storefrontFlow.js';
import { CART_FIELDS, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
let trade: SandboxCustomerLogin;
let jane: SandboxCustomerLogin;
beforeAll(async () => {
  sandbox = await startSandbox();
  trade = sandbox.customers.find((c) => c.customerGroupName === 'Trade')!;
  jane = sandbox.customers.find((c) => c.email === 'jane@example.com')!;
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const TRADE_PERCENT = 15;
/** Cents → the trade price in cents: 15 % off, the discount rounded per unit to the cent, halves up. */
const tradeCents = (cents: number) => cents - Math.round((cents * TRADE_PERCENT) / 100);
const cents = (value: number) => Math.round(value * 100);

async function login(customer: SandboxCustomerLogin, guestCartEntityId?: string): Promise<Record<string, string>> {
  const data = await gqlData(
    sandbox,
    'mutation($email: String!, $password: String!, $cart: String) { login(email: $email, password: $password, guestCartEntityId: $cart) { customerAccessToken { value } } }',
    { variables: { email: customer.email, password: customer.password, cart: guestCartEntityId ?? null } },
  );
  return { 'x-bc-customer-access-token': data.login.customerAccessToken.value };
}

const PRICES = 'price { value } basePrice { value } salePrice { value } saved { value } priceRange { min { value } max { value } }';
const PRODUCT = `query($id: Int!) { site { product(entityId: $id) { prices { ${PRICES} } taxed: prices(includeTax: true) { price { value } } } } }`;
const LIST = `{ site { products(first: 50) { edges { node { entityId prices { ${PRICES} } } } } } }`;
const SORTED = `query($sort: SearchProductsSortInput) { site { search { searchProducts(filters: {}, sort: $sort) { products(first: 50) { edges { node { entityId prices { price { value } } } } } } } } }`;

type Prices = { price: { value: number }; basePrice: { value: number }; salePrice: { value: number } | null; saved: { value: number } | null; priceRange: { min: { value: number }; max: { value: number } } };
async function list(headers: Record<string, string> = {}): Promise<Array<{ entityId: number; prices: Prices }>> {
  return (await gqlData(sandbox, LIST, { headers })).site.products.edges.map((e: { node: unknown }) => e.node);
}

// Ethiopia Yirgacheffe (112): list 18.00, sale 15.50; its 1 kg variant costs 54.00.
const ETHIOPIA = 112;

describe('customer group pricing', () => {
  test('the trade customer is in group "Trade"; Jane is in none (0 / null), and /__sandbox/config says so', async () => {
    expect(trade).toMatchObject({ entityId: 3, customerGroupId: 1, customerGroupName: 'Trade' });
    const who = async (c: SandboxCustomerLogin) => (await gqlData(sandbox, '{ customer { entityId customerGroupId customerGroupName } }', { headers: await login(c) })).customer;
    expect(await who(trade)).toEqual({ entityId: 3, customerGroupId: 1, customerGroupName: 'Trade' });
    expect(await who(jane)).toEqual({ entityId: 1, customerGroupId: 0, customerGroupName: null });
    const config = (await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as { customers: SandboxCustomerLogin[] };
    expect(config.customers.map((c) => c.entityId)).toEqual([1, 2, 3]);
    expect(config.customers[2]).toMatchObject({ email: trade.email, password: trade.password, customerGroupName: 'Trade' });
  });

  test('a product: guests see list and sale prices; the trade customer sees 15 % off in price, saved and priceRange', async () => {
    const guest = (await gqlData(sandbox, PRODUCT, { variables: { id: ETHIOPIA } })).site.product;
    expect(guest.prices).toEqual({ price: { value: 15.5 }, basePrice: { value: 18 }, salePrice: { value: 15.5 }, saved: { value: 2.5 }, priceRange: { min: { value: 15.5 }, max: { value: 54 } } });
    const mine = (await gqlData(sandbox, PRODUCT, { variables: { id: ETHIOPIA }, headers: await login(trade) })).site.product;
    // 15 % of 15.50 is 2.325 → 2.33 off; basePrice and salePrice stay the catalog's.
    expect(mine.prices).toEqual({ price: { value: 13.17 }, basePrice: { value: 18 }, salePrice: { value: 15.5 }, saved: { value: 4.83 }, priceRange: { min: { value: 13.17 }, max: { value: 45.9 } } });
    expect(cents(mine.taxed.price.value)).toBe(Math.round(1317 * 1.08));
    // A token that is no longer valid is a guest's request: list prices again.
    const stale = (await gqlData(sandbox, PRODUCT, { variables: { id: ETHIOPIA }, headers: { 'x-bc-customer-access-token': `${'a'.repeat(64)}_9999999999` } })).site.product;
    expect(stale.prices).toEqual(guest.prices);
  });

  test('a product list: every trade price is the guest price less 15 %; Jane’s list is exactly the guest’s', async () => {
    const guest = await list();
    const mine = await list(await login(trade));
    expect(mine.map((p) => p.entityId)).toEqual(guest.map((p) => p.entityId));
    for (const [i, p] of mine.entries()) {
      const g = guest[i]!.prices;
      expect(cents(p.prices.price.value)).toBe(tradeCents(cents(g.price.value)));
      expect(cents(p.prices.priceRange.min.value)).toBe(tradeCents(cents(g.priceRange.min.value)));
      expect(cents(p.prices.priceRange.max.value)).toBe(tradeCents(cents(g.priceRange.max.value)));
      expect(p.prices.basePrice).toEqual(g.basePrice);
      expect(p.prices.salePrice).toEqual(g.salePrice);
      expect(cents(p.prices.saved!.value)).toBe(cents(g.basePrice.value) - cents(p.prices.price.value));
    }
    expect(await list(await login(jane))).toEqual(guest);
  });

  test('price sorting orders by the prices the shopper sees', async () => {
    const headers = await login(trade);
    const prices = new Map((await list(headers)).map((p) => [p.entityId, cents(p.prices.price.value)]));
    for (const sort of ['LOWEST_PRICE', 'HIGHEST_PRICE'] as const) {
      const sorted = (await gqlData(sandbox, SORTED, { variables: { sort }, headers })).site.search.searchProducts.products.edges.map(
        (e: { node: { entityId: number; prices: { price: { value: number } } } }) => e.node,
      );
      expect(sorted).toHaveLength(prices.size);
      const seen = sorted.map((n: { entityId: number; prices: { price: { value: number } } }) => cents(n.prices.price.value));
      expect(seen).toEqual(sorted.map((n: { entityId: number }) => prices.get(n.entityId)));
      expect(seen).toEqual([...seen].sort((a, b) => (sort === 'LOWEST_PRICE' ? a - b : b - a)));
    }
  });

  test('the trade customer’s cart, coupon, checkout, order and payment all use the trade price', async () => {
    const headers = await login(trade);
    const created = await gqlData(sandbox, `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { ${CART_FIELDS} } } } }`, {
      variables: { input: { lineItems: [{ productEntityId: ETHIOPIA, variantEntityId: ETHIOPIA * 100 + 50, quantity: 2 }] } },
      headers,
    });
    const cart = created.cart.createCart.cart;
    expect(cart.lineItems.physicalItems[0]).toMatchObject({ listPrice: { value: 18 }, salePrice: { value: 13.17 }, extendedSalePrice: { value: 26.34 } });
    expect(cart.baseAmount.value).toBe(26.34);
    await gqlData(sandbox, 'mutation($input: ApplyCheckoutCouponInput!) { checkout { applyCheckoutCoupon(input: $input) { checkout { entityId } } } }', {
      variables: { input: { checkoutEntityId: cart.entityId, data: { couponCode: 'WELCOME10' } } },
      headers,
    });
    const { orderId, paymentAccessToken } = await completeCheckout(sandbox, cart.entityId, headers);
    const checkout = (await gqlData(sandbox, 'query($id: String) { site { checkout(entityId: $id) { subtotal { value } coupons { discountedAmount { value } } shippingCostTotal { value } taxTotal { value } grandTotal { value } } } }', {
      variables: { id: cart.entityId },
      headers,
    })).site.checkout;
    const unitDiscount = Math.round(1317 * 0.1);
    const unitTax = Math.round((1317 - unitDiscount) * 0.08);
    expect(cents(checkout.subtotal.value)).toBe(2 * 1317);
    expect(cents(checkout.coupons[0].discountedAmount.value)).toBe(2 * unitDiscount);
    expect(cents(checkout.taxTotal.value)).toBe(2 * unitTax);
    const grandTotal = 2 * (1317 - unitDiscount + unitTax) + cents(checkout.shippingCostTotal.value);
    expect(cents(checkout.grandTotal.value)).toBe(grandTotal);
    expect(sandbox.store.orders.get(orderId)).toMatchObject({ customerEntityId: 3, total: grandTotal });
    expect((await pay(sandbox, paymentAccessToken, card('4111111111111111'))).status).toBe(201);
    expect((await chargesFor(sandbox, orderId)).map((c) => c.amount)).toEqual([grandTotal]);
  });
});

describe('a cart follows its owner’s prices', () => {
  const CART = `query($id: String) { site { cart(entityId: $id) { lineItems { physicalItems { variantEntityId salePrice { value } } } amount { value } } } }`;
  const unitPrices = async (id: string, headers: Record<string, string> = {}) =>
    (await gqlData(sandbox, CART, { variables: { id }, headers })).site.cart.lineItems.physicalItems.map((l: { salePrice: { value: number } }) => cents(l.salePrice.value));
  const guestCart = async (lineItems: Array<Record<string, number>>) =>
    (await gqlData(sandbox, 'mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }', { variables: { input: { lineItems } } })).cart.createCart.cart.entityId as string;

  test('a guest cart is re-priced at login and back to guest prices at logout', async () => {
    const id = await guestCart([{ productEntityId: 115, quantity: 1 }, { productEntityId: ETHIOPIA, variantEntityId: ETHIOPIA * 100 + 50, quantity: 1 }]);
    const before = await unitPrices(id);
    expect(before).toEqual([3200, 1550]);
    const headers = await login(trade, id);
    expect(await unitPrices(id, headers)).toEqual(before.map(tradeCents));
    const out = await gqlData(sandbox, 'mutation($id: String) { logout(cartEntityId: $id) { cartUnassignResult { cart { entityId lineItems { physicalItems { salePrice { value } } } } } } }', {
      variables: { id },
      headers,
    });
    expect(out.logout.cartUnassignResult.cart.lineItems.physicalItems.map((l: { salePrice: { value: number } }) => cents(l.salePrice.value))).toEqual(before);
    expect(await unitPrices(id)).toEqual(before);
  });

  test('guest lines merged into the customer’s existing cart take the customer’s price', async () => {
    const headers = await login(trade);
    const own = (await gqlData(sandbox, 'mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }', {
      variables: { input: { lineItems: [{ productEntityId: 115, quantity: 1 }] } },
      headers,
    })).cart.createCart.cart.entityId as string;
    const guest = await guestCart([{ productEntityId: 115, quantity: 1 }, { productEntityId: 136, quantity: 1 }]);
    const merged = await login(trade, guest);
    expect(await unitPrices(own, merged)).toEqual([tradeCents(3200), tradeCents(2400)]);
  });

  test('assignCartToCustomer re-prices; Jane’s cart keeps list prices', async () => {
    const id = await guestCart([{ productEntityId: 115, quantity: 1 }]);
    const headers = await login(trade);
    await gqlData(sandbox, 'mutation($input: AssignCartToCustomerInput!) { cart { assignCartToCustomer(input: $input) { cart { entityId } } } }', {
      variables: { input: { cartEntityId: id } },
      headers,
    });
    expect(await unitPrices(id, headers)).toEqual([tradeCents(3200)]);
    const janes = await guestCart([{ productEntityId: 115, quantity: 1 }]);
    const janeHeaders = await login(jane, janes);
    expect(await unitPrices(janes, janeHeaders)).toEqual([3200]);
  });
});

describe('seed validation', () => {
  const withGroup = (customerGroup: unknown): SandboxSeed => ({
    ...defaultSeed,
    customers: [...defaultSeed.customers.slice(0, 2), { ...defaultSeed.customers[2]!, customerGroup } as SandboxSeed['customers'][number]],
  });

  test('only the store-wide percentage rule is accepted, with an error naming the field and the fix', async () => {
    await expect(startSandbox({ seed: withGroup({ id: 1, name: 'Trade', discountRules: [{ type: 'category', method: 'percent', amount: '10', category_id: 21 }] }) })).rejects.toThrow(
      /customers\[2\]\.customerGroup\.discountRules\[0\] is \{"type":"category","method":"percent"\}.*use \{ "type": "all", "method": "percent", "amount": 15 \}/,
    );
    await expect(startSandbox({ seed: withGroup({ id: 1, name: 'Trade', discountRules: [{ type: 'all', method: 'fixed', amount: 5 }] }) })).rejects.toThrow(/discountRules\[0\].*"method":"fixed"/);
    await expect(startSandbox({ seed: withGroup({ id: 1, name: 'Trade', discountRules: [{ type: 'all', method: 'percent', amount: 150 }] }) })).rejects.toThrow(/discountRules\[0\]\.amount must be a number of percent from 0 to 100/);
    await expect(startSandbox({ seed: withGroup({ id: 0, name: 'Trade', discountRules: [] }) })).rejects.toThrow(/customers\[2\]\.customerGroup\.id must be a positive integer/);
    const ok = await startSandbox({ seed: withGroup({ id: 7, name: 'Friends', discountRules: [{ type: 'all', method: 'percent', amount: 50 }] }) });
    try {
      const res = await gql(ok, '{ customer { customerGroupId customerGroupName } }', {
        headers: { 'x-bc-customer-access-token': ok.store.issueCustomerAccessToken(3).value },
      });
      expect(res.body.data?.customer).toEqual({ customerGroupId: 7, customerGroupName: 'Friends' });
    } finally {
      await ok.close();
    }
  });
});
