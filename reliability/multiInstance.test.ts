// Many instances: three storefront server processes behind a round-robin balancer, sharing one
// Redis (the server cache and the session-sync lockout), driven by concurrent guests and signed-in
// shoppers. What must hold:
// - an entry one instance filled is served by the others (one upstream request per query);
// - a lockout one instance met stops the others (zero further upstream validations for that IP);
// - signed-in customers see their group's prices and their own data, never a guest's cached
//   answer, and guests never see theirs;
// - a price change through the sandbox's Management API reaches every instance within one second,
//   through the webhook;
// - Redis killed mid-run and restarted: zero 5xx, zero wrong data;
// - hostile documents, smuggled headers and mixed traffic leave zero customer data in Redis.
import { execFile } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../tools/test-stack/startRedis.mjs';
import { createCounts, printCounts } from './support/counts.js';
import { runConcurrently } from './support/runConcurrently.js';
import { startStorefrontInstances, type Instances } from './support/startStorefrontInstances.js';

const SECRET = 'reliability-trusted-proxy-secret';
const WEBHOOK_SECRET = randomUUID();
const run = promisify(execFile);

let sandbox: Sandbox;
let redis: TestRedis;
let instances: Instances;
let productId: number;

beforeAll(async () => {
  sandbox = await createSandbox({ trustedProxySecret: SECRET, requestLogSize: 50_000, logger: { error() {}, warn() {} } as never });
  redis = await startRedis();
  instances = await startStorefrontInstances(3, {
    sandboxUrl: sandbox.url,
    storeHash: sandbox.storeHash,
    privateToken: sandbox.privateToken,
    trustedProxySecret: SECRET,
    redisUrl: redis.url,
    webhookSecret: WEBHOOK_SECRET,
  });
  productId = sandbox.store.catalog.products[0]!.entityId;
});
afterAll(async () => {
  await instances?.close();
  await redis?.stop();
  await sandbox?.close();
});

// A GET as a browser's navigation sends it: Node's fetch would rewrite Sec-Fetch-Mode to `cors`.
function navigate(url: string, headers: Record<string, string>): Promise<Response> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) out.append(name, v);
        resolve(new Response(Buffer.concat(chunks), { status: res.statusCode!, headers: out }));
      });
    })
      .on('error', reject)
      .end();
  });
}

/** A shopper: its own IP, its own cookies, talking to the balancer. */
function shopper(ip: string) {
  const cookies = new Map<string, string>();
  const call = async (path: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { 'x-test-client-ip': ip, ...init.headers };
    if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    if ((init.method ?? 'GET') === 'GET') Object.assign(headers, { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    const response = (init.method ?? 'GET') === 'GET' ? await navigate(`${instances.url}${path}`, headers) : await fetch(`${instances.url}${path}`, { method: init.method, headers, body: init.json === undefined ? null : JSON.stringify(init.json), redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (/Max-Age=0/i.test(line)) cookies.delete(pair!.slice(0, eq));
      else cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return response;
  };
  return {
    ip,
    call,
    async gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await call('/api/storefront/graphql', { method: 'POST', json: { query, variables }, headers });
      const text = await response.text();
      return { status: response.status, cache: response.headers.get('x-cache'), text, body: JSON.parse(text) as { data?: any; errors?: unknown[] } };
    },
    async login(email: string, password: string) {
      const response = await call('/api/storefront/login', { method: 'POST', json: { email, password } });
      expect(response.status).toBe(200);
    },
  };
}

const upstream = async (operationName: string) => {
  const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { data: Array<{ operationName: string | null; path: string }> };
  return log.data.filter((e) => e.operationName === operationName).length;
};

const PRODUCT = (name: string) => `query ${name}($id: Int!) { site { product(entityId: $id) { entityId name prices { price { value } } } } }`;

it('serves an entry one instance filled from every instance: one upstream request', async () => {
  const counts = createCounts();
  const guests = Array.from({ length: 30 }, (_, i) => shopper(`198.51.100.${i + 1}`));
  const first = await guests[0]!.gql(PRODUCT('SharedEntry'), { id: productId });
  const answers = await Promise.all(guests.slice(1).map((g) => g.gql(PRODUCT('SharedEntry'), { id: productId })));
  counts.requests = answers.length + 1;
  counts.upstreamRequests = await upstream('SharedEntry');
  counts.hits = answers.filter((a) => a.cache === 'HIT').length;
  counts.wrongData = answers.filter((a) => a.text !== first.text).length;
  printCounts('multi-instance shared entry', counts);
  expect(first.cache).toBe('MISS');
  expect(counts.upstreamRequests).toBe(1);
  expect(counts.hits).toBe(answers.length);
  expect(counts.wrongData).toBe(0);
  expect(Math.min(...instances.served)).toBeGreaterThan(5);
});

it('stops a locked-out address on every instance with no further upstream validation', async () => {
  const counts = createCounts();
  const attacker = shopper('203.0.113.66');
  const forged = () => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ n: randomUUID() })).toString('base64url')}.c2ln`;
  for (let i = 0; i < 4; i++) await attacker.call(`/api/storefront/session-sync?jwt=${forged()}`);
  const before = await upstream('BcHeadlessValidateSessionSyncJwt');
  // BigCommerce (the sandbox) saw the first attempts and locked the address out on the fourth.
  expect(before).toBeGreaterThanOrEqual(3);
  const statuses: number[] = [];
  for (let i = 0; i < 9; i++) statuses.push((await attacker.call(`/api/storefront/session-sync?jwt=${forged()}`)).status);
  counts.requests = statuses.length;
  counts.furtherUpstreamValidations = (await upstream('BcHeadlessValidateSessionSyncJwt')) - before;
  printCounts('multi-instance lockout', counts);
  expect(statuses).toEqual(Array(9).fill(429));
  expect(counts.furtherUpstreamValidations).toBe(0);
});

it('keeps signed-in customers’ group prices and data theirs, under concurrent mixed traffic, through a Redis crash', async () => {
  const counts = createCounts();
  const guestPrice = (await shopper('192.0.2.200').gql(PRODUCT('Baseline'), { id: productId })).body.data.site.product.prices.price.value;
  const customers = await Promise.all(
    [
      ['sam@example.com', 'Shopper789!', '192.0.2.10'],
      ['jane@example.com', 'Shopper123!', '192.0.2.11'],
      ['max@example.com', 'Shopper456!', '192.0.2.12'],
    ].map(async ([email, password, ip]) => {
      const s = shopper(ip!);
      await s.login(email!, password!);
      const price = (await s.gql(PRODUCT('Baseline'), { id: productId })).body.data.site.product.prices.price.value;
      return { s, email: email!, price };
    }),
  );
  expect(customers[0]!.price).not.toBe(guestPrice);
  const guests = Array.from({ length: 12 }, (_, i) => shopper(`192.0.2.${50 + i}`));
  const TOTAL = 1500;
  let fiveHundreds = 0;
  let wrong = 0;
  let hits = 0;
  await runConcurrently(TOTAL, 24, async (k) => {
    if (k === Math.floor(TOTAL / 3)) await redis.kill();
    if (k === Math.floor((2 * TOTAL) / 3)) await redis.start();
    const customer = k % 4 === 0 ? customers[k % customers.length]! : null;
    const who = customer?.s ?? guests[k % guests.length]!;
    const query = k % 3 === 0 ? `query Mixed($id: Int!) { customer { email } site { product(entityId: $id) { prices { price { value } } } } }` : PRODUCT('Mixed');
    const answer = await who.gql(query, { id: productId }, { 'x-correlation-id': randomUUID(), 'x-bc-customer-access-token': `${'b'.repeat(64)}_9999999999` });
    if (answer.status >= 500) fiveHundreds++;
    if (answer.cache === 'HIT') hits++;
    const price = answer.body.data?.site?.product?.prices?.price?.value;
    const email = answer.body.data?.customer?.email ?? null;
    if (price !== (customer ? customer.price : guestPrice)) wrong++;
    if (query.includes('customer') && email !== (customer?.email ?? null)) wrong++;
  });
  counts.requests = TOTAL;
  counts.fiveHundreds = fiveHundreds;
  counts.wrongData = wrong;
  counts.hits = hits;
  counts.storeDownEvents = instances.storeEvents.filter((e) => e === 'down').length;
  printCounts('multi-instance mixed traffic through a Redis crash', counts);
  expect(fiveHundreds).toBe(0);
  expect(wrong).toBe(0);
  expect(hits).toBeGreaterThan(100);
  // Each instance told once that its store went down (cache and lockout guard each), not per request.
  expect(counts.storeDownEvents).toBeLessThanOrEqual(6);
}, 240_000);

it('leaves zero customer data in Redis after hostile documents, smuggled headers and mixed traffic', async () => {
  const counts = createCounts();
  const sam = shopper('192.0.2.77');
  await sam.login('sam@example.com', 'Shopper789!');
  const guest = shopper('192.0.2.78');
  const hostile = [
    '{ site { product(entityId: 111) { name } cart { entityId } } }',
    '{ site { ...S } } fragment S on Site { checkout { entityId } }',
    '{ site { product: cart { entityId } } }',
    '{ customer { email firstName } site { settings { storeName } } }',
    'query A { site { settings { storeName } } } query B { customer { email } }',
    '{ site { settings { storeName } } }',
    PRODUCT('Poison'),
  ];
  const smuggled = [{}, { 'x-bc-customer-access-token': `${'c'.repeat(64)}_9999999999` }, { authorization: `Bearer ${sandbox.privateToken}` }, { 'x-bc-customer-id': '3' }, { cookie: 'bc-customer=forged' }];
  const TOTAL = 2000;
  await runConcurrently(TOTAL, 24, async (k) => {
    const who = k % 2 === 0 ? sam : guest;
    await who.gql(hostile[k % hostile.length]!, { id: productId }, smuggled[k % smuggled.length] as Record<string, string>);
  });
  const { stdout: keys } = await run('redis-cli', ['-p', String(redis.port), '--scan', '--pattern', 'bc-headless:v:gql:*']);
  const list = keys.split('\n').filter(Boolean);
  let leaked = 0;
  for (const key of list) {
    const { stdout: value } = await run('redis-cli', ['-p', String(redis.port), '--raw', 'GET', key]);
    if (/sam@example\.com|Okafor|"customer"|"cart"|"checkout"/.test(value)) leaked++;
  }
  counts.requests = TOTAL;
  counts.cachedEntries = list.length;
  counts.leaks = leaked;
  printCounts('multi-instance cache poisoning', counts);
  expect(list.length).toBeGreaterThan(0);
  expect(leaked).toBe(0);
}, 240_000);

it('brings a price change made through the Management API to every instance within a second, by webhook', async () => {
  const counts = createCounts();
  const management = (path: string, init: { method: string; body: unknown }) =>
    fetch(`${sandbox.url}/stores/${sandbox.storeHash}/v3${path}`, {
      method: init.method,
      headers: { 'x-auth-token': sandbox.managementToken, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(init.body),
    });
  const hook = await management('/hooks', {
    method: 'POST',
    body: { scope: 'store/product/*', destination: `${instances.url}/api/webhooks/bigcommerce`, is_active: true, headers: { 'x-bc-headless-webhook': WEBHOOK_SECRET } },
  });
  expect(hook.status).toBe(200);

  const product = sandbox.store.catalog.products[2]!;
  const readers = Array.from({ length: 6 }, (_, i) => shopper(`198.51.100.${100 + i}`));
  const priceSeen = async () => Promise.all(readers.map(async (r) => (await r.gql(PRODUCT('PriceChange'), { id: product.entityId })).body.data.site.product.prices.price.value as number));
  const before = await priceSeen();
  expect(new Set(before).size).toBe(1);
  // Every instance now holds the old price (six readers, three instances, round robin).
  expect((await readers[0]!.gql(PRODUCT('PriceChange'), { id: product.entityId })).cache).toBe('HIT');

  const newPrice = before[0]! + 7;
  const changedAt = Date.now();
  const put = await management(`/catalog/products/${product.entityId}`, { method: 'PUT', body: { price: newPrice, sale_price: 0 } });
  expect(put.status).toBe(200);
  let after = await priceSeen();
  while (after.some((p) => p !== newPrice) && Date.now() - changedAt < 5000) {
    await new Promise((r) => setTimeout(r, 25));
    after = await priceSeen();
  }
  counts.requests = readers.length;
  counts.msUntilEveryInstanceHasTheNewPrice = Date.now() - changedAt;
  counts.wrongData = after.filter((p) => p !== newPrice).length;
  printCounts('multi-instance webhook invalidation', counts);
  expect(counts.wrongData).toBe(0);
  expect(counts.msUntilEveryInstanceHasTheNewPrice).toBeLessThan(1000);
});
