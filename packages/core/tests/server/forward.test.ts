import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorefrontHttpError } from '../../src/errors/StorefrontHttpError.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import { startHandlerServer } from '../helpers/startHandlerServer.js';
import { startTestServer, type TestServer } from '../helpers/startTestServer.js';

const ANSWER = '{"data":{"site":{"settings":{"storeName":"Shop {1}"}}}}';

let upstream: TestServer;
let handlerServer: Awaited<ReturnType<typeof startHandlerServer>>;
let api: string;
let answer: { status: number; type: string; body: string };

beforeAll(async () => {
  upstream = await startTestServer();
  upstream.respond((_req, res) => {
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  });
  handlerServer = await startHandlerServer(client());
  api = handlerServer.api;
});

afterAll(async () => {
  await handlerServer.close();
  await upstream.close();
});

const client = () => createServerClient({ storeHash: 'abc123', storefrontToken: 't', endpoints: { graphql: `${upstream.url}/graphql` }, retry: false });
const scoped = () => client().forRequest({ headers: {}, url: 'http://localhost/' }, { remoteAddress: '203.0.113.9' });

describe('forward', () => {
  it('returns a 2xx as its text and its JSON; an error body is parsed into the error', async () => {
    answer = { status: 200, type: 'application/json', body: ANSWER };
    expect(await scoped().forward({ query: '{ a }' })).toMatchObject({ status: 200, text: ANSWER, json: JSON.parse(ANSWER) });

    answer = { status: 401, type: 'application/json', body: '{"errors":[{"message":"bad token"}]}' };
    const error = await scoped().forward({ query: '{ a }' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorefrontHttpError);
    expect(error).toMatchObject({ status: 401, body: { errors: [{ message: 'bad token' }] } });
  });
});

describe('the GraphQL pass-through', () => {
  const ask = () => fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ a }"}' });

  it('hands a whole JSON answer on byte for byte', async () => {
    answer = { status: 200, type: 'application/json', body: ANSWER };
    const response = await ask();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(ANSWER);
  });

  it.each([
    ['a maintenance page', 'text/html', '<html><body>Back soon</body></html>'],
    ['an empty body', 'application/json', ''],
    ['a body cut short', 'application/json', ANSWER.slice(0, 30)],
    ['JSON that is not an object', 'application/json', 'null'],
  ])('answers %s with a 502 the browser retries', async (_name, type, body) => {
    answer = { status: 200, type, body };
    const response = await ask();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_ERROR' } });
  });
});
