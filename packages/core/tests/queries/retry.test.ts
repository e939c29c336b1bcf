import { QueryClient, QueryObserver } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { createStorefrontClient } from '../../src/createStorefrontClient.js';
import { StorefrontHttpError } from '../../src/errors/StorefrontHttpError.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';
import { json, startTestServer, type TestServer } from '../helpers/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('retries', () => {
  it('leaves retrying to the transport: a store that keeps failing sees 1 + retries requests, not TanStack’s on top', async () => {
    server.respond((_req, res) => json(res, 503, { error: 'maintenance' }));
    const client = createStorefrontClient({ storeHash: 'abc', endpoints: { graphql: `${server.url}/graphql` }, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const queries = storefrontQueries(client, { session: createSessionStore() });
    // A QueryClient with TanStack's defaults (retry: 3), as an app would create it.
    const observer = new QueryObserver(new QueryClient(), queries.categories());
    const settled = new Promise<unknown>((resolve) => observer.subscribe((r) => r.status === 'error' && resolve(r.error)));
    expect(await settled).toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(3);
  });
});
