import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { login } from '../support/storefrontFlow.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const WISHLIST = 'entityId name isPublic token items { collectionInfo { totalItems } edges { node { entityId productEntityId variantEntityId product { entityId name } } } }';
const LISTS = `query($filters: WishlistFiltersInput) { customer { wishlists(filters: $filters) { edges { node { ${WISHLIST} } } } } }`;
const m = (name: string, input: string, select = `result { ${WISHLIST} }`) => `mutation($input: ${input}!) { wishlist { ${name}(input: $input) { ${select} } } }`;
const CREATE = m('createWishlist', 'CreateWishlistInput');
const ADD = m('addWishlistItems', 'AddWishlistItemsInput');
const REMOVE = m('deleteWishlistItems', 'DeleteWishlistItemsInput');
const UPDATE = m('updateWishlist', 'UpdateWishlistInput');
const DELETE = m('deleteWishlists', 'DeleteWishlistsInput', 'result');
const PUBLIC = `query($token: String!) { site { publicWishlist(token: $token) { entityId name token items { edges { node { productEntityId product { name } } } } } } }`;

const as = (token: string) => ({ 'x-bc-customer-access-token': token });
const lists = async (headers: Record<string, string>, filters?: Record<string, unknown>) =>
  (await gqlData(sandbox, LISTS, { headers, variables: filters ? { filters } : {} })).customer.wishlists.edges.map((e: any) => e.node);
const productsOf = (w: any) => w.items.edges.map((e: any) => e.node.productEntityId);

describe('wishlists', () => {
  test('Jane starts with two wishlists of real products; the others with none', async () => {
    const jane = await lists(as(await login(sandbox, 0)));
    expect(jane.map((w: any) => [w.entityId, w.name, w.isPublic])).toEqual([[1, 'Gift ideas', true], [2, 'Camp kit', false]]);
    expect(jane[0].items.edges[0].node.product).toEqual({ entityId: 116, name: expect.any(String) });
    expect(await lists(as(await login(sandbox, 1)))).toEqual([]);
    expect((await lists(as(await login(sandbox, 0)), { productEntityIds: [122] })).map((w: any) => w.entityId)).toEqual([2]);
  });

  test('create, add (deduplicated), remove, rename, delete', async () => {
    const headers = as(await login(sandbox, 1));
    const created = (await gqlData(sandbox, CREATE, { headers, variables: { input: { name: 'Kitchen', isPublic: false, items: [{ productEntityId: 131 }] } } })).wishlist.createWishlist.result;
    expect(productsOf(created)).toEqual([131]);
    expect(created.token).toMatch(/^[0-9a-f]{32}$/);
    const mug = sandbox.store.catalog.productById(121)!;
    const variant = mug.variants[1]!;
    const added = (await gqlData(sandbox, ADD, { headers, variables: { input: { entityId: created.entityId, items: [{ productEntityId: 121, variantEntityId: variant.entityId }, { productEntityId: 131 }] } } })).wishlist.addWishlistItems.result;
    expect(added.items.edges.map((e: any) => [e.node.productEntityId, e.node.variantEntityId])).toEqual([[131, null], [121, variant.entityId]]);
    const itemId = added.items.edges[0].node.entityId;
    const removed = (await gqlData(sandbox, REMOVE, { headers, variables: { input: { entityId: created.entityId, itemEntityIds: [itemId] } } })).wishlist.deleteWishlistItems.result;
    expect(productsOf(removed)).toEqual([121]);
    const renamed = (await gqlData(sandbox, UPDATE, { headers, variables: { input: { entityId: created.entityId, data: { name: 'Mugs', isPublic: true } } } })).wishlist.updateWishlist.result;
    expect([renamed.name, renamed.isPublic]).toEqual(['Mugs', true]);
    expect((await gqlData(sandbox, DELETE, { headers, variables: { input: { entityIds: [created.entityId] } } })).wishlist.deleteWishlists.result).toBe('success');
    expect(await lists(headers)).toEqual([]);
  });

  test('items must be products of the catalog; a bad item adds nothing', async () => {
    const headers = as(await login(sandbox, 0));
    for (const items of [[{ productEntityId: 999999 }], [{ productEntityId: 131 }, { productEntityId: 121, variantEntityId: 1 }]]) {
      const res = await gql(sandbox, ADD, { headers, variables: { input: { entityId: 2, items } } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(productsOf((await lists(headers))[1])).toEqual([122]);
    for (const name of ['', ' ', 'x'.repeat(256), 'tab\there']) {
      const res = await gql(sandbox, CREATE, { headers, variables: { input: { name, isPublic: false } } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  test('another customer’s wishlist cannot be read or changed; a guest has none', async () => {
    const max = as(await login(sandbox, 1));
    for (const [query, input] of [
      [ADD, { entityId: 1, items: [{ productEntityId: 131 }] }],
      [REMOVE, { entityId: 1, itemEntityIds: [1] }],
      [UPDATE, { entityId: 1, data: { name: 'Mine now' } }],
      [DELETE, { entityIds: [2, 1] }],
    ] as const) {
      const res = await gql(sandbox, query, { headers: max, variables: { input } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const jane = await lists(as(await login(sandbox, 0)));
    expect(jane.map((w: any) => [w.name, productsOf(w)])).toEqual([['Gift ideas', [116, 123]], ['Camp kit', [122]]]);
    const guest = await gql(sandbox, CREATE, { variables: { input: { name: 'x', isPublic: true } } });
    expect(guest.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a public wishlist is readable by its token; a private one, or a guessed token, is not', async () => {
    const [gifts, camp] = await lists(as(await login(sandbox, 0)));
    const shared = (await gqlData(sandbox, PUBLIC, { variables: { token: gifts.token } })).site.publicWishlist;
    expect(shared).toMatchObject({ entityId: 1, name: 'Gift ideas' });
    expect(shared.items.edges.map((e: any) => e.node.productEntityId)).toEqual([116, 123]);
    expect((await gqlData(sandbox, PUBLIC, { variables: { token: camp.token } })).site.publicWishlist).toBeNull();
    expect((await gqlData(sandbox, PUBLIC, { variables: { token: 'x'.repeat(32) } })).site.publicWishlist).toBeNull();
  });
});
