import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { CART_FIELDS, createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const ADD = `mutation Add($input: AddCartLineItemsInput!) { cart { addCartLineItems(input: $input) { cart { ${CART_FIELDS} } } } }`;
const UPDATE = `mutation Update($input: UpdateCartLineItemInput!) { cart { updateCartLineItem(input: $input) { cart { ${CART_FIELDS} } } } }`;
const DELETE_LINE = `mutation DeleteLine($input: DeleteCartLineItemInput!) { cart { deleteCartLineItem(input: $input) { cart { entityId version } deletedCartEntityId deletedLineItemEntityId } } }`;
const READ = `query Cart($id: String) { site { cart(entityId: $id) { ${CART_FIELDS} } } }`;

describe('cart lifecycle', () => {
  test('create, read, add (merging the same variant), update, delete a line, delete the cart', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    expect(cart.version).toBe(1);
    const read = await gqlData(sandbox, READ, { variables: { id: cart.entityId } });
    expect(read.site.cart).toMatchObject({ entityId: cart.entityId, currencyCode: 'USD', isTaxIncluded: false, baseAmount: { value: 64, currencyCode: 'USD' } });

    const added = (await gqlData(sandbox, ADD, { variables: { input: { cartEntityId: cart.entityId, version: 1, data: { lineItems: [{ productEntityId: 122, quantity: 2 }, { productEntityId: 116, quantity: 1 }] } } } })).cart.addCartLineItems.cart;
    expect(added.version).toBe(2);
    expect(added.lineItems.totalQuantity).toBe(4);
    expect(added.lineItems.physicalItems).toHaveLength(2);
    const grinder = added.lineItems.physicalItems.find((l: any) => l.productEntityId === 116);
    // Sale price is what the cart charges; list price is kept for display.
    expect(grinder).toMatchObject({ listPrice: { value: 89 }, salePrice: { value: 79 } });
    expect(added.baseAmount.value).toBe(64 * 3 + 79);

    const stove = added.lineItems.physicalItems.find((l: any) => l.productEntityId === 122);
    const updated = (await gqlData(sandbox, UPDATE, { variables: { input: { cartEntityId: cart.entityId, lineItemEntityId: stove.entityId, version: 2, data: { lineItem: { productEntityId: 122, quantity: 5 } } } } })).cart.updateCartLineItem.cart;
    expect(updated.version).toBe(3);
    expect(updated.lineItems.physicalItems.find((l: any) => l.productEntityId === 122).quantity).toBe(5);

    const deleted = (await gqlData(sandbox, DELETE_LINE, { variables: { input: { cartEntityId: cart.entityId, lineItemEntityId: stove.entityId } } })).cart.deleteCartLineItem;
    expect(deleted).toEqual({ cart: { entityId: cart.entityId, version: 4 }, deletedCartEntityId: null, deletedLineItemEntityId: stove.entityId });

    const gone = await gqlData(sandbox, 'mutation D($id: String!) { cart { deleteCart(input: { cartEntityId: $id }) { deletedCartEntityId } } }', { variables: { id: cart.entityId } });
    expect(gone.cart.deleteCart.deletedCartEntityId).toBe(cart.entityId);
    expect((await gqlData(sandbox, READ, { variables: { id: cart.entityId } })).site.cart).toBeNull();
  });

  test('deleting the last line deletes the cart', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const line = cart.lineItems.physicalItems[0]!;
    const res = (await gqlData(sandbox, DELETE_LINE, { variables: { input: { cartEntityId: cart.entityId, lineItemEntityId: line.entityId } } })).cart.deleteCartLineItem;
    expect(res).toEqual({ cart: null, deletedCartEntityId: cart.entityId, deletedLineItemEntityId: line.entityId });
    expect(sandbox.store.carts.has(cart.entityId)).toBe(false);
    expect((await gqlData(sandbox, READ, { variables: { id: cart.entityId } })).site.cart).toBeNull();
  });

  test('a stale version is refused and changes nothing', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    await gqlData(sandbox, ADD, { variables: { input: { cartEntityId: cart.entityId, version: 1, data: { lineItems: [{ productEntityId: 131, quantity: 1 }] } } } });
    const stale = await gql(sandbox, ADD, { variables: { input: { cartEntityId: cart.entityId, version: 1, data: { lineItems: [{ productEntityId: 132, quantity: 1 }] } } } });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.body.errors?.[0]?.message).toMatch(/version 1 .* version 2/);
    expect(stale.body.data).toEqual({ cart: { addCartLineItems: null } });
    const now = (await gqlData(sandbox, READ, { variables: { id: cart.entityId } })).site.cart;
    expect(now.version).toBe(2);
    expect(now.lineItems.physicalItems.map((l: any) => l.productEntityId).sort()).toEqual([122, 131]);
    // Without a version the write goes through (concurrency control is opt-in).
    const blind = await gqlData(sandbox, ADD, { variables: { input: { cartEntityId: cart.entityId, data: { lineItems: [{ productEntityId: 132, quantity: 1 }] } } } });
    expect(blind.cart.addCartLineItems.cart.version).toBe(3);
  });

  test('variants by option selection; missing options, unknown products and stock are refused', async () => {
    const product = (await gqlData(sandbox, '{ site { product(entityId: 121) { productOptions { edges { node { entityId ... on MultipleChoiceOption { values { edges { node { entityId label } } } } } } } } } }')).site.product;
    const option = product.productOptions.edges[0].node;
    const ember = option.values.edges.find((e: any) => e.node.label === 'Ember').node.entityId;
    const cart = await createCart(sandbox, [{ productEntityId: 121, quantity: 2, selectedOptions: { multipleChoices: [{ optionEntityId: option.entityId, optionValueEntityId: ember }] } }]);
    const read = (await gqlData(sandbox, READ, { variables: { id: cart.entityId } })).site.cart;
    expect(read.lineItems.physicalItems[0].selectedOptions).toEqual([{ entityId: option.entityId, name: 'Colour', value: 'Ember', valueEntityId: ember }]);

    const create = (lineItems: unknown) => gql(sandbox, 'mutation C($l: [CartLineItemInput!]) { cart { createCart(input: { lineItems: $l }) { cart { entityId } } } }', { variables: { l: lineItems } });
    expect((await create([{ productEntityId: 121, quantity: 1 }])).body.errors?.[0]?.message).toMatch(/Missing required option.*Colour/);
    expect((await create([{ productEntityId: 424242, quantity: 1 }])).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await create([{ productEntityId: 125, quantity: 1 }])).body.errors?.[0]?.extensions?.code).toBe('OUT_OF_STOCK');
    // Ember has 3 in stock; 2 are in the cart above, but carts do not reserve stock.
    const tooMany = await create([{ productEntityId: 121, quantity: 4, selectedOptions: { multipleChoices: [{ optionEntityId: option.entityId, optionValueEntityId: ember }] } }]);
    expect(tooMany.body.errors?.[0]?.message).toMatch(/Not enough stock.*3 available, 4 requested/);
    expect((await create([{ productEntityId: 122, quantity: 0 }])).body.errors?.[0]?.message).toMatch(/positive integer/);
  });

  test('a customer’s cart is invisible to guests and other customers', async () => {
    const login = await gqlData(sandbox, 'mutation { login(email: "jane@example.com", password: "Shopper123!") { customerAccessToken { value } } }');
    const token = login.login.customerAccessToken.value;
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }], { 'x-bc-customer-access-token': token });
    expect(sandbox.store.carts.get(cart.entityId)?.customerEntityId).toBe(1);
    expect((await gqlData(sandbox, READ, { variables: { id: cart.entityId } })).site.cart).toBeNull();
    const max = await gqlData(sandbox, 'mutation { login(email: "max@example.com", password: "Shopper456!") { customerAccessToken { value } } }');
    expect((await gqlData(sandbox, READ, { variables: { id: cart.entityId }, headers: { 'x-bc-customer-access-token': max.login.customerAccessToken.value } })).site.cart).toBeNull();
    const own = await gqlData(sandbox, READ, { variables: { id: cart.entityId }, headers: { 'x-bc-customer-access-token': token } });
    expect(own.site.cart.entityId).toBe(cart.entityId);
    // Without an id, a customer reads their own cart.
    const implicit = await gqlData(sandbox, READ, { headers: { 'x-bc-customer-access-token': token } });
    expect(implicit.site.cart.entityId).toBe(cart.entityId);
  });

  test('assignCartToCustomer needs a customer and assigns a guest cart', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const q = 'mutation A($id: String!) { cart { assignCartToCustomer(input: { cartEntityId: $id }) { cart { entityId version } } } }';
    const guest = await gql(sandbox, q, { variables: { id: cart.entityId } });
    expect(guest.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const token = (await gqlData(sandbox, 'mutation { login(email: "jane@example.com", password: "Shopper123!") { customerAccessToken { value } } }')).login.customerAccessToken.value;
    const done = await gqlData(sandbox, q, { variables: { id: cart.entityId }, headers: { 'x-bc-customer-access-token': token } });
    expect(done.cart.assignCartToCustomer.cart).toEqual({ entityId: cart.entityId, version: 2 });
    expect(sandbox.store.carts.get(cart.entityId)?.customerEntityId).toBe(1);
  });

  test('createCartRedirectUrls for a guest: plain hosted-checkout links; unknown cart: NotFoundError', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const q = 'mutation R($id: String) { cart { createCartRedirectUrls(input: { cartEntityId: $id }) { redirectUrls { redirectedCheckoutUrl embeddedCheckoutUrl } errors { __typename ... on Error { message } } } } }';
    const ok = await gqlData(sandbox, q, { variables: { id: cart.entityId } });
    expect(ok.cart.createCartRedirectUrls).toEqual({
      errors: [],
      redirectUrls: { redirectedCheckoutUrl: `${sandbox.url}/checkout?cartId=${cart.entityId}`, embeddedCheckoutUrl: `${sandbox.url}/checkout?cartId=${cart.entityId}&embedded=1` },
    });
    const missing = await gqlData(sandbox, q, { variables: { id: 'no-such-cart' } });
    expect(missing.cart.createCartRedirectUrls.redirectUrls).toBeNull();
    expect(missing.cart.createCartRedirectUrls.errors[0].__typename).toBe('NotFoundError');
  });
});
