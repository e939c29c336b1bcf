import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  createStorefrontClient,
  CustomerAccessTokenError,
  HeaderValidationError,
  NetworkError,
  RateLimitError,
  StorefrontConfigError,
  StorefrontError,
  StorefrontGraphQLError,
  StorefrontHttpError,
  TimeoutError,
  type StorefrontClientConfig,
} from '../src/index.js';
import { json, startTestServer, type TestServer } from './helpers/startTestServer.js';

const UUID_V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const QUERY = 'query Settings { site { settings { storeName } } }';
const MUTATION = 'mutation AddItem { cart { addCartLineItems(input: { cartEntityId: "c" }) { cart { entityId } } } }';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const client = (config: Partial<StorefrontClientConfig> = {}) =>
  createStorefrontClient({
    storeHash: 'abc123',
    storefrontToken: 'sf-token',
    endpoints: { graphql: `${server.url}/graphql`, payments: `${server.url}/payments` },
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    ...config,
  });

describe('client.request over HTTP', () => {
  it('sends the exact headers and body, and resolves with data', async () => {
    server.respond((_req, res) => json(res, 200, { data: { site: { settings: { storeName: 'Shop' } } } }));
    const data = await client({ locale: 'fr' }).request(QUERY, { a: 1 }, { customerAccessToken: 'cat_1', headers: { 'X-Trace': 't1' } });
    expect(data).toEqual({ site: { settings: { storeName: 'Shop' } } });
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/graphql');
    expect(JSON.parse(request!.body)).toEqual({ query: QUERY, variables: { a: 1 } });
    const { host, connection, 'content-length': _length, 'user-agent': _ua, 'accept-encoding': _ae, 'sec-fetch-mode': _sf, ...sent } = request!.headers;
    expect(host).toBe(server.url.slice(7));
    expect(sent).toEqual({
      authorization: 'Bearer sf-token',
      'content-type': 'application/json',
      accept: 'application/json',
      'x-bc-customer-access-token': 'cat_1',
      'x-bc-error-on-invalid-customer-access-token': 'true',
      'accept-language': 'fr',
      'x-correlation-id': expect.stringMatching(UUID_V4),
      'x-trace': 't1',
    });
  });

  it('sends no Authorization header behind an own proxy without a token', async () => {
    await createStorefrontClient({ storeHash: 'abc123', endpoints: { graphql: `${server.url}/graphql` } }).request(QUERY);
    expect(server.received[0]!.headers.authorization).toBeUndefined();
  });

  it('gives each request outside an operation its own correlation id', async () => {
    const c = client();
    await c.request(QUERY);
    await c.request(QUERY);
    const [a, b] = server.received.map((r) => r.headers['x-correlation-id']);
    expect(a).toMatch(UUID_V4);
    expect(b).toMatch(UUID_V4);
    expect(a).not.toBe(b);
  });

  it('uses a known correlation id given as an option, in lower case', async () => {
    await client().request(QUERY, {}, { correlationId: '0B1C2D3E-4F50-4617-8A9B-0C1D2E3F4A5B' });
    expect(server.received[0]!.headers['x-correlation-id']).toBe('0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b');
  });

  it('rejects a correlation id that is not a UUID before sending', async () => {
    await expect(client().request(QUERY, {}, { correlationId: 'abc\r\nX-Evil: 1' })).rejects.toThrow(StorefrontConfigError);
    expect(server.received).toHaveLength(0);
  });

  it.each([
    ['a CR/LF in a caller header', { headers: { 'X-Trace': 'a\r\nX-Injected: 1' } }, {}],
    ['a caller Authorization header', { headers: { authorization: 'Bearer stolen' } }, {}],
    ['a caller trusted-proxy secret', { headers: { 'X-BC-Trusted-Proxy-Secret': 'guess' } }, {}],
    ['a CR/LF in the customer access token', { customerAccessToken: 'x\r\nX-Injected: 1' }, {}],
    ['a CR/LF in the configured token', {}, { storefrontToken: 'sf\nX-Injected: 1' }],
  ])('rejects %s with zero requests reaching the server', async (_label, options, config) => {
    await expect(client(config).request(QUERY, {}, options)).rejects.toBeInstanceOf(HeaderValidationError);
    expect(server.received).toHaveLength(0);
  });

  it('retries a query on 503 and then succeeds, with the same correlation id', async () => {
    server.respond((_req, res, i) => (i < 2 ? json(res, 503, { title: 'busy' }) : json(res, 200, { data: { n: i } })));
    await expect(client().request(QUERY)).resolves.toEqual({ n: 2 });
    expect(server.received).toHaveLength(3);
    expect(new Set(server.received.map((r) => r.headers['x-correlation-id'])).size).toBe(1);
  });

  it.each([502, 504, 429])('retries a query on %i', async (status) => {
    server.respond((_req, res, i) => (i == 0 ? json(res, status, {}) : json(res, 200, { data: { ok: 1 } })));
    await expect(client().request(QUERY)).resolves.toEqual({ ok: 1 });
    expect(server.received).toHaveLength(2);
  });

  it('retries a query after a dropped connection', async () => {
    server.respond((_req, res, i) => (i == 0 ? res.socket!.destroy() : json(res, 200, { data: { ok: 1 } })));
    await expect(client().request(QUERY)).resolves.toEqual({ ok: 1 });
    expect(server.received).toHaveLength(2);
  });

  it('gives up after the configured retries with the last error', async () => {
    server.respond((_req, res) => json(res, 503, {}));
    const error = await client({ retry: { retries: 1, baseDelayMs: 1 } }).request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error.status).toBe(503);
    expect(server.received).toHaveLength(2);
  });

  // Creation does not check retry numbers (see resolveConfig); send must still never loop on them.
  it.each([
    ['an explicit undefined', undefined],
    ['NaN', NaN],
    ['a string', 'two'],
  ])('gives up at once when retries is %s, rather than retrying forever', async (_label, retries) => {
    server.respond((_req, res) => json(res, 503, {}));
    const error = await client({ retry: { retries: retries as number, baseDelayMs: 1, maxDelayMs: 1 } })
      .request(QUERY)
      .catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(1);
  });

  it('never retries a mutation', async () => {
    server.respond((_req, res) => json(res, 503, {}));
    const error = await client().request(MUTATION).catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(1);
  });

  // Whether a document is a mutation: the `mutation` keyword outside comments and strings (a field
  // named `mutation` would count too: erring that way only skips retries).
  it.each([
    ['mutation M { cart { createCart(input: {}) { cart { entityId } } } }', 1],
    ['  mutation{ a }', 1],
    ['query Q { a }\nmutation M { b }', 1],
    ['query Q { a }', 3],
    ['{ a }', 3],
    ['# mutation in a comment\nquery Q { a }', 3],
    ['query Q { search(term: "mutation") { a } }', 3],
    ['query Q { mutationCount }', 3],
  ])('after a 503, %j is sent %i time(s) in all', async (document, attempts) => {
    server.respond((_req, res) => json(res, 503, {}));
    await expect(client().request(document)).rejects.toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(attempts);
  });

  it('never retries a mutation after a dropped connection', async () => {
    server.respond((_req, res) => res.socket!.destroy());
    await expect(client().request(MUTATION)).rejects.toBeInstanceOf(NetworkError);
    expect(server.received).toHaveLength(1);
  });

  it('does not retry when retry is false', async () => {
    server.respond((_req, res) => json(res, 503, {}));
    await expect(client({ retry: false }).request(QUERY)).rejects.toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(1);
  });

  it('does not retry other statuses', async () => {
    server.respond((_req, res) => json(res, 500, {}));
    await expect(client().request(QUERY)).rejects.toMatchObject({ status: 500 });
    expect(server.received).toHaveLength(1);
  });

  it('honours Retry-After before retrying', async () => {
    server.respond((_req, res, i) => (i == 0 ? json(res, 503, {}, { 'retry-after': '1' }) : json(res, 200, { data: { ok: 1 } })));
    await client().request(QUERY);
    expect(server.received).toHaveLength(2);
    // A lower bound only: the retry may come later on a busy machine, never earlier.
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('surfaces 429 as RateLimitError with retryAfterMs', async () => {
    server.respond((_req, res) => json(res, 429, {}, { 'retry-after': '7' }));
    const error = await client({ retry: false }).request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.correlationId).toBe(server.received[0]!.headers['x-correlation-id']);
  });

  it('surfaces an HTML 502 page as StorefrontHttpError with a short excerpt', async () => {
    const page = `<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>\n  <h1>Bad   Gateway</h1>${'<p>filler</p>'.repeat(50)}</body></html>`;
    server.respond((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(page);
    });
    const error = await client({ retry: false }).request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error.status).toBe(502);
    expect(error.excerpt).toBe(page.slice(0, 200));
    expect(error.excerpt).toContain('<title>502 Bad Gateway</title>');
    expect(error.correlationId).toMatch(UUID_V4);
  });

  it('surfaces a 200 that is not JSON as StorefrontHttpError', async () => {
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    });
    await expect(client().request(QUERY)).rejects.toMatchObject({ name: 'StorefrontHttpError', status: 200, excerpt: '<html>maintenance</html>' });
    expect(server.received).toHaveLength(1);
  });

  it.each(['null', '', '0', 'false', '""'])('surfaces a 200 with body %j as StorefrontHttpError, not a TypeError', async (body) => {
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    await expect(client().request(QUERY)).rejects.toMatchObject({ name: 'StorefrontHttpError', status: 200 });
  });

  it('surfaces GraphQL errors with the partial data', async () => {
    const errors = [{ message: 'Product not found', path: ['site', 'product'], extensions: { code: 'NOT_FOUND' } }];
    server.respond((_req, res) => json(res, 200, { data: { site: { product: null } }, errors }));
    const error = await client().request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(StorefrontGraphQLError);
    expect(error).not.toBeInstanceOf(CustomerAccessTokenError);
    expect(error.errors).toEqual(errors);
    expect(error.data).toEqual({ site: { product: null } });
    expect(error.message).toContain('Product not found');
  });

  it.each(['INVALID_CUSTOMER_ACCESS_TOKEN', 'MISSING_CUSTOMER_ACCESS_TOKEN'])('raises CustomerAccessTokenError for %s', async (code) => {
    server.respond((_req, res) => json(res, 200, { data: null, errors: [{ message: 'bad token', extensions: { code } }] }));
    const error = await client().request(QUERY, {}, { customerAccessToken: 'expired' }).catch((e) => e);
    expect(error).toBeInstanceOf(CustomerAccessTokenError);
    expect(error).toBeInstanceOf(StorefrontGraphQLError);
    expect(error.code).toBe(code);
  });

  it('times out an attempt that gets no answer', async () => {
    server.respond(() => {});
    const error = await client({ timeoutMs: 150, retry: false }).request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(error.correlationId).toMatch(UUID_V4);
  });

  it('times out a body that stalls after the headers', async () => {
    server.respond((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
    });
    await expect(client({ timeoutMs: 150, retry: false }).request(QUERY)).rejects.toBeInstanceOf(TimeoutError);
  });

  it('retries a timed-out query, each attempt with its own timer', async () => {
    server.respond((_req, res, i) => (i == 0 ? undefined : json(res, 200, { data: { ok: 1 } })));
    await expect(client({ timeoutMs: 150 }).request(QUERY)).resolves.toEqual({ ok: 1 });
    expect(server.received).toHaveLength(2);
  });

  it('rejects with AbortError when the caller aborts in flight', async () => {
    server.respond(() => {});
    const controller = new AbortController();
    const pending = client().request(QUERY, {}, { signal: controller.signal });
    await waitFor(() => server.received.length == 1);
    controller.abort(new Error('user left'));
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error.name).toBe('AbortError');
    expect(error.cause).toEqual(new Error('user left'));
  });

  it('leaves no listener on a long-lived caller signal, whatever each request’s outcome', async () => {
    let n = 0;
    server.respond((_req, res) => (n++ % 2 ? json(res, 200, { data: { ok: true } }) : json(res, 400, {})));
    const { signal } = new AbortController();
    for (let i = 0; i < 10; i++) await client().request(QUERY, {}, { signal }).catch(() => {});
    expect(server.received).toHaveLength(10);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('leaves no listener on a long-lived caller signal after retries and their backoff waits', async () => {
    let n = 0;
    server.respond((_req, res) => (n++ % 2 ? json(res, 200, { data: { ok: true } }) : json(res, 503, {})));
    const { signal } = new AbortController();
    for (let i = 0; i < 10; i++) await expect(client().request(QUERY, {}, { signal })).resolves.toEqual({ ok: true });
    expect(server.received).toHaveLength(20);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    await expect(client().request(QUERY, {}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.received).toHaveLength(0);
  });

  it('stops waiting and retrying when aborted during the backoff', async () => {
    server.respond((_req, res) => json(res, 503, {}, { 'retry-after': '20' }));
    const controller = new AbortController();
    const pending = client().request(QUERY, {}, { signal: controller.signal });
    await waitFor(() => server.received.length == 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(server.received).toHaveLength(1);
  });

  it('turns an unreachable server into NetworkError, never a bare TypeError', async () => {
    const c = client({ retry: false });
    await server.close();
    const error = await c.request(QUERY).catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toBeInstanceOf(StorefrontError);
    expect(error.cause).toBeDefined();
    server = await startTestServer();
  });

  it.each([301, 302, 303, 307, 308])('never follows a %i redirect: an HTTP error that says so, and the target receives nothing', async (status) => {
    // A redirect would carry the token and the body to wherever Location points (a POST even
    // becomes a GET on 301/302/303); BigCommerce's APIs answer in place.
    const elsewhere = await startTestServer();
    try {
      server.respond((_req, res) => {
        res.writeHead(status, { location: `${elsewhere.url}/graphql` });
        res.end();
      });
      const error = await client({ retry: false }).request(QUERY, {}, { customerAccessToken: 'cat_1' }).catch((e) => e);
      expect(error).toBeInstanceOf(StorefrontHttpError);
      expect(error).toMatchObject({ status, message: expect.stringMatching(/: HTTP 3\d\d \(a redirect: never followed\)$/) });
      expect(error.correlationId).toMatch(UUID_V4);
      expect(server.received).toHaveLength(1);
      expect(elsewhere.received).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('tells the logger about each retry, with the correlation id', async () => {
    server.respond((_req, res, i) => (i == 0 ? json(res, 503, {}) : json(res, 200, { data: { ok: 1 } })));
    const lines: [string, Record<string, unknown>][] = [];
    await client({ logger: { warn: (message, details) => lines.push([message, details]) } }).request(QUERY);
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toMatch(/retry/);
    expect(lines[0]![1].correlationId).toBe(server.received[0]!.headers['x-correlation-id']);
    expect(lines[0]![1].error).toBeInstanceOf(StorefrontHttpError);
  });

  it('sends a DocumentNode as its source text, or printed with config.print', async () => {
    await client().request({ kind: 'Document', loc: { source: { body: QUERY } } });
    await client({ print: () => '{ printed }' }).request({ kind: 'Document' });
    expect(server.received.map((r) => JSON.parse(r.body).query)).toEqual([QUERY, '{ printed }']);
  });

  it('never retries a DocumentNode holding a mutation', async () => {
    server.respond((_req, res) => json(res, 503, {}));
    await expect(client().request({ kind: 'Document', loc: { source: { body: MUTATION } } })).rejects.toBeInstanceOf(StorefrontHttpError);
    expect(server.received).toHaveLength(1);
  });

  it('turns unserialisable variables into a typed error', async () => {
    await expect(client().request(QUERY, { n: 1n })).rejects.toBeInstanceOf(StorefrontConfigError);
    expect(server.received).toHaveLength(0);
  });
});

async function waitFor(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
