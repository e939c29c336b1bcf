import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStorefrontClient, StorefrontConfigError, StorefrontGraphQLError, type StorefrontClient } from '../src/index.js';
import { json, startTestServer, type TestServer } from './helpers/startTestServer.js';

const QUERY = '{ site { settings { storeName } } }';
let server: TestServer;
let client: StorefrontClient;
beforeEach(async () => {
  server = await startTestServer();
  client = createStorefrontClient({
    storeHash: 'abc123',
    storefrontToken: 'sf',
    endpoints: { graphql: `${server.url}/graphql`, payments: `${server.url}/payments` },
  });
});
afterEach(() => server.close());

const ids = () => server.received.map((r) => r.headers['x-correlation-id']);

describe('client.operation', () => {
  it('sends one correlation id on every request of the operation, readable as op.correlationId', async () => {
    let seen = '';
    const result = await client.operation('checkout', async (op) => {
      seen = op.correlationId;
      expect(op.name).toBe('checkout');
      await op.request(QUERY);
      await op.request(QUERY, {}, { locale: 'fr' });
      return 'done';
    });
    expect(result).toBe('done');
    expect(ids()).toEqual([seen, seen]);
    expect(seen).toMatch(/^[\da-f-]{36}$/);
  });

  it('uses different ids for different operations and for requests outside them', async () => {
    await client.operation('a', (op) => op.request(QUERY));
    await client.operation('b', (op) => op.request(QUERY));
    await client.request(QUERY);
    expect(new Set(ids()).size).toBe(3);
  });

  it('reuses the outer id in nested operations (op.operation and { parent })', async () => {
    const outer = await client.operation('outer', async (op) => {
      await op.request(QUERY);
      await op.operation('inner', async (inner) => {
        expect(inner.correlationId).toBe(op.correlationId);
        await inner.request(QUERY);
      });
      await client.operation('child', (child) => child.request(QUERY), { parent: op });
      return op.correlationId;
    });
    expect(ids()).toEqual([outer, outer, outer]);
  });

  it('runs concurrent operations with their own ids (no ambient state)', async () => {
    const [a, b] = await Promise.all([
      client.operation('a', async (op) => (await op.request(QUERY), op.correlationId)),
      client.operation('b', async (op) => (await op.request(QUERY), op.correlationId)),
    ]);
    expect(a).not.toBe(b);
    expect(new Set(ids())).toEqual(new Set([a, b]));
  });

  it('accepts a known correlation id and rejects one that is not a UUID', async () => {
    const id = '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b';
    await client.operation('known', (op) => op.request(QUERY), { correlationId: id });
    expect(ids()).toEqual([id]);
    await expect(client.operation('bad', () => 1, { correlationId: 'nope' })).rejects.toBeInstanceOf(StorefrontConfigError);
  });

  it('tags errors from inside with the correlation id and the operation name', async () => {
    server.respond((_req, res) => json(res, 200, { errors: [{ message: 'boom' }] }));
    const error = await client.operation('addToCart', (op) => op.request(QUERY)).catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontGraphQLError);
    expect(error.operationName).toBe('addToCart');
    expect(error.correlationId).toBe(ids()[0]);
  });

  it("tags the app's own errors too, with the innermost operation's name", async () => {
    let id = '';
    const error = await client
      .operation('outer', (op) => {
        id = op.correlationId;
        return op.operation('inner', () => {
          throw new Error('app bug');
        });
      })
      .catch((e) => e);
    expect(error.message).toBe('app bug');
    expect(error.operationName).toBe('inner');
    expect(error.correlationId).toBe(id);
  });
});
