import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { login } from '../support/storefrontFlow.js';
import { createCart, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const NODE = `query($id: ID!) { node(id: $id) { __typename id
  ... on Product { entityId } ... on Category { entityId } ... on Brand { entityId }
  ... on WebPage { entityId name } ... on Cart { cartId: entityId } } }`;
const node = async (id: string, headers: Record<string, string> = {}) => (await gqlData(sandbox, NODE, { variables: { id }, headers })).node;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('Query.node', () => {
  test('a global id from any id field finds its object again', async () => {
    const { site } = await gqlData(sandbox, '{ site { product(entityId: 111) { id } category(entityId: 21) { id } } }');
    expect(await node(site.product.id)).toEqual({ __typename: 'Product', id: site.product.id, entityId: 111 });
    expect(await node(site.category.id)).toMatchObject({ __typename: 'Category', entityId: 21 });
    const page = sandbox.store.catalog.webPages.find((p) => p.type === 'CONTACT')!;
    expect(await node(b64(`ContactPage:${page.entityId}`))).toMatchObject({ __typename: 'ContactPage', entityId: page.entityId });
    // The right id under another page type is not that page.
    expect(await node(b64(`NormalPage:${page.entityId}`))).toBeNull();
  });

  test('unknown, malformed or foreign ids are null', async () => {
    for (const id of [b64('Product:999999'), b64('Nope:1'), 'not base64 at all', b64('Product:1:2'), 'x'.repeat(500), b64('Order:61')]) {
      expect(await node(id)).toBeNull();
    }
    const janeCart = await createCart(sandbox, [{ productEntityId: 131, quantity: 1 }], { 'x-bc-customer-access-token': await login(sandbox, 0) });
    expect(await node(b64(`Cart:${janeCart.entityId}`))).toBeNull();
    expect(await node(b64(`Cart:${janeCart.entityId}`), { 'x-bc-customer-access-token': await login(sandbox, 0) })).toMatchObject({ __typename: "Cart", cartId: janeCart.entityId });
  });
});

test('Query.channel and Settings.shipping', async () => {
  const data = await gqlData(sandbox, '{ channel { entityId } site { settings { shipping { supportedShippingDestinations { countries { code } } } } } }');
  expect(data.channel).toEqual({ entityId: sandbox.channelId });
  expect(data.site.settings.shipping.supportedShippingDestinations.countries.map((c: any) => c.code)).toContain('US');
});
