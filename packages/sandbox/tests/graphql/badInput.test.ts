import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { createCart, gql, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}`, ...headers },
    body,
  });
}

describe('bad input is answered, never a crash', () => {
  test('GET /graphql: 405 naming POST', async () => {
    const res = await fetch(`${sandbox.url}/graphql?query={site{settings{storeName}}}`, { headers: { authorization: `Bearer ${sandbox.privateToken}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/POST/);
  });

  test('malformed JSON: 400 with a JSON error body', async () => {
    const res = await post('{"query": "{ site { settings { storeName } } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/Malformed JSON/);
  });

  test('wrong content type: 415', async () => {
    const res = await post('{ site { settings { storeName } } }', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/application\/json/);
  });

  test('a body without a query, or a batch: 400', async () => {
    expect((await post('{"variables": {}}')).status).toBe(400);
    expect((await post('[{"query": "{ site { settings { storeName } } }"}]')).status).toBe(400);
    expect((await post('"just a string"')).status).toBe(400);
  });

  test('syntax error: GraphQL error with locations', async () => {
    const res = await gql(sandbox, '{ site { products( } }');
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(res.body.errors?.[0]?.locations).toEqual([{ line: 1, column: 20 }]);
  });

  test('hostile documents (huge token counts, deep nesting) are refused, not crashed on', async () => {
    const wide = `{ site { ${'settings { storeName } '.repeat(20_000)} } }`;
    const many = await gql(sandbox, wide);
    expect(many.status).toBe(200);
    expect(many.body.errors?.[0]?.message).toMatch(/Syntax Error: Document contains more tha[nt] 50000 tokens/);
    const deep = `{ site ${'{ site '.repeat(3000)}${'}'.repeat(3001)} }`;
    const res = await gql(sandbox, deep);
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.message).toBe('Syntax Error: Document nests brackets deeper than 100 levels.');
    expect(res.body.errors?.[0]?.locations).toEqual([{ line: 1, column: 701 }]);
    // Brackets inside strings and comments do not count.
    const quoted = `# ${'{'.repeat(200)}\nquery Q($s: String = "${'['.repeat(200)}") { site { product(sku: $s) { name } } }`;
    expect((await gql(sandbox, quoted)).body.errors).toBeUndefined();
  });

  test('unknown field: validation error with locations', async () => {
    const res = await gql(sandbox, '{\n  site {\n    shoeSize\n  }\n}');
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toBe('Cannot query field "shoeSize" on type "Site".');
    expect(res.body.errors?.[0]?.locations).toEqual([{ line: 3, column: 5 }]);
  });

  test('wrong variable type: error with locations', async () => {
    const res = await gql(sandbox, 'query P($id: Int!) { site { product(entityId: $id) { name } } }', { variables: { id: 'one hundred' } });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.message).toMatch(/Variable "\$id" has invalid value: Int cannot represent non-integer value: "one hundred"/);
    expect(res.body.errors?.[0]?.locations).toEqual([{ line: 1, column: 9 }]);
  });

  test('invalid ids: null for reads, errors with path and locations for mutations', async () => {
    const read = await gql(sandbox, '{ site { product(entityId: 999999) { name } cart(entityId: "nope") { entityId } category(entityId: -1) { name } } }');
    expect(read.body).toEqual({ data: { site: { product: null, cart: null, category: null } } });
    const write = await gql(sandbox, 'mutation { cart { addCartLineItems(input: { cartEntityId: "nope", data: { lineItems: [{ productEntityId: 111, quantity: 1 }] } }) { cart { entityId } } } }');
    // BigCommerce's shape for a cart that does not exist: its message at the mutation's path, no extensions.
    expect(write.body.errors?.[0]).toMatchObject({ path: ['cart', 'addCartLineItems'], message: expect.stringMatching(/^Not Found: Cart does not exist/) });
    expect(write.body.errors?.[0]).not.toHaveProperty('extensions');
    expect(write.body.errors?.[0]?.locations).toHaveLength(1);
  });

  test('an invalid cursor is an error, not a crash', async () => {
    const res = await gql(sandbox, '{ site { products(after: "garbage") { edges { node { entityId } } } } }');
    expect(res.body.errors?.[0]?.message).toMatch(/Invalid cursor/);
    expect(res.body.errors?.[0]?.path).toEqual(['site', 'products']);
  });

  test('a bug inside the sandbox answers a GraphQL error and is logged, never a 500', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 122, quantity: 1 }]);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const original = sandbox.store.couponByCode;
    sandbox.store.couponByCode = () => {
      throw new TypeError('simulated sandbox bug');
    };
    try {
      const res = await gql(sandbox, 'mutation C($id: String!) { checkout { applyCheckoutCoupon(input: { checkoutEntityId: $id, data: { couponCode: "WELCOME10" } }) { checkout { entityId } } } }', { variables: { id: cart.entityId } });
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]).toMatchObject({ path: ['checkout', 'applyCheckoutCoupon'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(res.body.errors?.[0]?.message).not.toContain('simulated');
      expect(log).toHaveBeenCalled();
    } finally {
      sandbox.store.couponByCode = original;
      log.mockRestore();
    }
  });

  test('the server keeps serving after all of that', async () => {
    const res = await gql(sandbox, '{ site { settings { storeName } } }');
    expect(res.status).toBe(200);
    expect(res.body.data.site.settings.storeName).toBeTruthy();
  });
});
