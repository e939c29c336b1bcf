import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestLog } from '../src/createRequestLog.js';

let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const status = req.url?.includes('fail') ? 502 : 200;
    res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('createRequestLog', () => {
  it('records operation, correlation id and status of what goes over the wire, newest first', async () => {
    const log = createRequestLog();
    let changes = 0;
    const stop = log.subscribe(() => changes++);
    const id = '9f2a4c1e-0b7d-4e8a-9c3f-5d6e7f8a9b0c';
    await log.fetch(`${origin}/api/storefront/graphql`, {
      method: 'POST',
      headers: { 'X-Correlation-Id': id },
      body: JSON.stringify({ query: 'query BcHeadlessProducts($a: Int) { site { id } }' }),
    });
    await log.fetch(`${origin}/api/storefront/place-order-fail`, { method: 'POST', body: '{}' });
    const [second, first] = log.getSnapshot();
    expect(first).toMatchObject({ operation: 'BcHeadlessProducts', correlationId: id, status: 200, failed: false });
    expect(second).toMatchObject({ operation: 'POST /place-order-fail', correlationId: null, status: 502, failed: true });
    expect(changes).toBe(4); // sent + answered, twice
    stop();
  });

  it('marks a request that got no answer as failed and rethrows', async () => {
    const log = createRequestLog();
    await expect(log.fetch('http://127.0.0.1:9/api/storefront/graphql', { method: 'POST', body: '{"query":"query X { a }"}' })).rejects.toThrow();
    expect(log.getSnapshot()[0]).toMatchObject({ operation: 'X', status: null, failed: true });
  });

  it('keeps only the latest `limit` entries and hands out a new array per change', async () => {
    const log = createRequestLog({ limit: 2 });
    const before = log.getSnapshot();
    for (let i = 0; i < 3; i++) await log.fetch(`${origin}/api/storefront/logout`, { method: 'POST' });
    expect(log.getSnapshot()).toHaveLength(2);
    expect(log.getSnapshot()).not.toBe(before);
    expect(log.getSnapshot()[0]!.id).toBe(3);
  });
});
