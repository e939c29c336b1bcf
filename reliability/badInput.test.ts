// Bad input: a corpus of malformed GraphQL bodies, headers, cookies, JWTs and redirect targets sent
// to the storefront handler (node:http, in front of a sandbox) and to the sandbox itself. Every
// malformed request is refused with a 4xx and a clear message (non-empty; JSON where JSON is
// expected), never a 5xx and never a hang (each request has a 5 s deadline). Some input cannot
// sensibly be refused with a 4xx, and is checked for what it must do instead:
// - a GraphQL document that does not parse or validate is answered as BigCommerce answers it, HTTP
//   200 with `errors[].message` and no data (shared/bigcommerce-api.md, "Other errors: HTTP 200"), and
//   the handler passes that through;
// - a broken session cookie or a smuggled token header is not an error of the request: it reads as
//   "no session" (a guest); a well-formed but unknown token gets BigCommerce's
//   INVALID_CUSTOMER_ACCESS_TOKEN error and the handler clears the cookie;
// - an unsafe redirect target on a navigation (`?redirectTo=//evil.com`) is answered with a redirect
//   to a safe same-site path, never to the target.
// Not covered: HTTP framing errors (a non-numeric Content-Length, a broken request line), which
// Node's parser answers with a bare `400 Bad Request` before any of our code runs; fetch cannot
// send them.
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCounts, printCounts } from './support/counts.js';
import { closeServer, listen } from './support/listen.js';

let sandbox: Sandbox;
let server: Server;
let origin: string;
const SECRET = 'reliability-bad-input-secret';

beforeAll(async () => {
  sandbox = await createSandbox({ trustedProxySecret: SECRET, logger: { error() {}, warn() {} } as never });
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    trustedProxySecret: SECRET,
    endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
  });
  server = createServer(toNodeHandler(createStorefrontHandler({ client })));
  origin = await listen(server);
});
afterAll(async () => {
  await closeServer(server);
  await sandbox.close();
});

interface Case {
  name: string;
  /** `handler` paths are under /api/storefront; `sandbox` paths are the sandbox's own. */
  target: 'handler' | 'sandbox';
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** What must come back: a 4xx (default), a GraphQL error, an answer without a session, or a safe redirect. */
  expect?: '4xx' | 'graphql-error' | 'guest' | 'session-cleared' | 'safe-redirect';
}

const JSON_TYPE = { 'content-type': 'application/json' };
const Q = '{ site { settings { storeName } } }';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedJwt = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: 'x', operation: 'session_sync', eat: 9e9 })}.`;
const forgedJwt = `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64({ iss: 'bc', operation: 'session_sync', eat: 9e9, redirect_to: 'https://evil.example/' })}.${'A'.repeat(86)}`;
const fakeToken = `${'a'.repeat(64)}_${Math.floor(Date.now() / 1000) + 3600}`;

function corpus(storeHash: string): Case[] {
  const gql = (name: string, body: string | Uint8Array<ArrayBuffer>, extra: Partial<Case> = {}): Case => ({ name: `graphql body: ${name}`, target: 'handler', path: '/graphql', method: 'POST', headers: JSON_TYPE, body, ...extra });
  const payments = `/stores/${storeHash}/payments`;
  return [
    // Malformed GraphQL bodies through the handler.
    gql('not JSON', 'query { site }'),
    gql('empty', ''),
    gql('null', 'null'),
    gql('a JSON string', '"{ site { settings { storeName } } }"'),
    gql('batch', JSON.stringify([{ query: Q }, { query: Q }])),
    gql('no query', '{}'),
    gql('query is a number', '{"query":42}'),
    gql('blank query', '{"query":"   "}'),
    gql('variables is an array', JSON.stringify({ query: Q, variables: [1] })),
    gql('variables is a string', JSON.stringify({ query: Q, variables: 'x' })),
    gql('operationName is a number', JSON.stringify({ query: Q, operationName: 5 })),
    gql('__proto__ instead of query', '{"__proto__":{"query":"{ site { settings { storeName } } }"}}'),
    gql('GraphQL syntax error', JSON.stringify({ query: 'query { site { ' }), { expect: 'graphql-error' }),
    gql('unknown field', JSON.stringify({ query: '{ site { nope } }' }), { expect: 'graphql-error' }),
    gql('unknown operation name', JSON.stringify({ query: Q, operationName: 'Missing' }), { expect: 'graphql-error' }),
    gql('deeper than 16 levels', JSON.stringify({ query: `{ site { categoryTree { ${'children { '.repeat(20)}name${' }'.repeat(22)} }` }), { expect: 'graphql-error' }),
    gql('wrong variable type', JSON.stringify({ query: 'query ($id: Int!) { site { product(entityId: $id) { name } } }', variables: { id: 'seven' } }), { expect: 'graphql-error' }),
    gql('over 100 KB', JSON.stringify({ query: Q, variables: { pad: 'x'.repeat(150_000) } })),
    gql('invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d])),
    gql('text/plain', JSON.stringify({ query: Q }), { headers: { 'content-type': 'text/plain' } }),
    gql('form-encoded (a cross-site form)', 'query=%7B%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    { name: 'GET /graphql', target: 'handler', path: '/graphql', method: 'GET' },
    { name: 'unknown route with encoded dot segments', target: 'handler', path: '/..%2F..%2Fetc%2Fpasswd' },
    { name: 'unknown route (prototype name)', target: 'handler', path: '/constructor' },
    // Headers.
    gql('cross-site Origin', JSON.stringify({ query: Q }), { headers: { ...JSON_TYPE, origin: 'https://evil.example' } }),
    gql('Origin "null"', JSON.stringify({ query: Q }), { headers: { ...JSON_TYPE, origin: 'null' } }),
    gql('Sec-Fetch-Site cross-site', JSON.stringify({ query: Q }), { headers: { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' } }),
    // Cookies and customer tokens: read as no session.
    gql('bc-customer cookie that is not a token', JSON.stringify({ query: '{ customer { entityId email } }' }), { headers: { ...JSON_TYPE, cookie: 'bc-customer=<script>alert(1)</script>' }, expect: 'guest' }),
    gql('bc-customer cookie with an unknown token', JSON.stringify({ query: '{ customer { entityId email } }' }), { headers: { ...JSON_TYPE, cookie: `bc-customer=${fakeToken}` }, expect: 'session-cleared' }),
    gql('two bc-customer cookies', JSON.stringify({ query: '{ customer { entityId email } }' }), { headers: { ...JSON_TYPE, cookie: `bc-customer=${fakeToken}; bc-customer=${fakeToken.replace('a', 'b')}` }, expect: 'guest' }),
    gql('customer token smuggled as a header', JSON.stringify({ query: '{ customer { entityId email } }' }), { headers: { ...JSON_TYPE, 'x-bc-customer-access-token': fakeToken }, expect: 'guest' }),
    gql('huge, undecodable bc_session cookie', JSON.stringify({ query: '{ customer { entityId email } }' }), { headers: { ...JSON_TYPE, cookie: `bc_session=%E0%A4%A${'%'.repeat(6000)}` }, expect: 'guest' }),
    // Request bodies of the other routes.
    { name: 'login: email is a number', target: 'handler', path: '/login', method: 'POST', headers: JSON_TYPE, body: '{"email":5,"password":"x"}' },
    { name: 'login: email of 10 000 characters', target: 'handler', path: '/login', method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email: `${'a'.repeat(10_000)}@x.com`, password: 'x' }) },
    { name: 'login: wrong password', target: 'handler', path: '/login', method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ email: 'jane@example.com', password: 'wrong' }) },
    { name: 'login: body is an array', target: 'handler', path: '/login', method: 'POST', headers: JSON_TYPE, body: '[]' },
    { name: 'place-order: empty object', target: 'handler', path: '/place-order', method: 'POST', headers: JSON_TYPE, body: '{}' },
    { name: 'place-order: path-like checkout id', target: 'handler', path: '/place-order', method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ checkoutEntityId: '../../admin', paymentMethodId: 'stripe.card', instrument: { type: 'card' } }) },
    { name: 'place-order: unknown checkout', target: 'handler', path: '/place-order', method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ checkoutEntityId: '00000000-0000-4000-8000-000000000000', paymentMethodId: 'stripe.card', instrument: { type: 'card' } }) },
    { name: 'logout: body not JSON', target: 'handler', path: '/logout', method: 'POST', headers: JSON_TYPE, body: '{' },
    // JWTs for inbound session sync.
    { name: 'session-sync: no jwt', target: 'handler', path: '/session-sync' },
    { name: 'session-sync: jwt not a JWT', target: 'handler', path: '/session-sync?jwt=hello' },
    { name: 'session-sync: alg none', target: 'handler', path: `/session-sync?jwt=${unsignedJwt}` },
    { name: 'session-sync: forged signature', target: 'handler', path: `/session-sync?jwt=${forgedJwt}` },
    // Redirect targets on navigations: a safe same-site redirect, never the target.
    { name: 'login redirectTo protocol-relative', target: 'handler', path: '/login?redirectTo=//evil.example', expect: 'safe-redirect' },
    { name: 'logout redirectTo absolute', target: 'handler', path: '/logout?redirectTo=https://evil.example/x', expect: 'safe-redirect' },
    { name: 'logout redirectTo encoded slashes', target: 'handler', path: '/logout?redirectTo=/%2F%2Fevil.example', expect: 'safe-redirect' },
    { name: 'logout redirectTo backslash', target: 'handler', path: '/logout?redirectTo=/%5Cevil.example', expect: 'safe-redirect' },
    { name: 'logout redirectTo dot segments', target: 'handler', path: '/logout?redirectTo=/..//evil.example', expect: 'safe-redirect' },
    { name: 'logout redirectTo javascript:', target: 'handler', path: '/logout?redirectTo=javascript:alert(1)', expect: 'safe-redirect' },

    // The sandbox itself.
    { name: 'sandbox graphql: no token', target: 'sandbox', path: '/graphql', method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ query: Q }) },
    { name: 'sandbox graphql: forged token', target: 'sandbox', path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, authorization: `Bearer ${forgedJwt}` }, body: JSON.stringify({ query: Q }) },
    { name: 'sandbox graphql: not JSON', target: 'sandbox', path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, authorization: 'TOKEN' }, body: '{"query":' },
    { name: 'sandbox graphql: syntax error', target: 'sandbox', path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, authorization: 'TOKEN' }, body: JSON.stringify({ query: '{ site {' }), expect: 'graphql-error' },
    { name: 'sandbox graphql: over 1 MB', target: 'sandbox', path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, authorization: 'TOKEN' }, body: JSON.stringify({ query: Q, variables: { pad: 'x'.repeat(1_100_000) } }) },
    { name: 'sandbox graphql: invalid customer token, strict', target: 'sandbox', path: '/graphql', method: 'POST', headers: { ...JSON_TYPE, authorization: 'TOKEN', 'x-bc-customer-access-token': fakeToken, 'x-bc-error-on-invalid-customer-access-token': 'true' }, body: JSON.stringify({ query: '{ customer { entityId } }' }), expect: 'graphql-error' },
    { name: 'sandbox payments: no Accept', target: 'sandbox', path: payments, method: 'POST', headers: { ...JSON_TYPE, authorization: `PAT ${forgedJwt}` }, body: '{}' },
    { name: 'sandbox payments: forged PAT', target: 'sandbox', path: payments, method: 'POST', headers: { ...JSON_TYPE, accept: 'application/vnd.bc.v1+json', authorization: `PAT ${forgedJwt}` }, body: JSON.stringify({ payment: { instrument: { type: 'card' }, payment_method_id: 'stripe.card' } }) },
    { name: 'sandbox payments: body not JSON', target: 'sandbox', path: payments, method: 'POST', headers: { ...JSON_TYPE, accept: 'application/vnd.bc.v1+json', authorization: `PAT ${forgedJwt}` }, body: '{' },
    { name: 'sandbox management: no X-Auth-Token', target: 'sandbox', path: `/stores/${storeHash}/v2/orders/1`, method: 'GET' },
    { name: 'sandbox management: refund body not JSON', target: 'sandbox', path: `/stores/${storeHash}/v3/orders/1/payment_actions/refunds`, method: 'POST', headers: { ...JSON_TYPE, 'x-auth-token': 'MGMT' }, body: '{' },
    { name: 'sandbox session-sync: not a JWT', target: 'sandbox', path: '/session-sync?jwt=hello' },
    { name: 'sandbox session-sync: alg none', target: 'sandbox', path: `/session-sync?jwt=${unsignedJwt}` },
    { name: 'sandbox faults: unknown field', target: 'sandbox', path: '/__sandbox/faults', method: 'POST', headers: JSON_TYPE, body: '{"match":{"path":"/graphql"},"fault":{"explode":true}}' },
    { name: 'sandbox ledger: orderId not a number', target: 'sandbox', path: '/__sandbox/ledger?orderId=1;drop' },
  ];
}

/** The message a 4xx carries, in whichever documented shape (handler, BigCommerce REST, GraphQL). */
function messageOf(json: any): string {
  return [json?.error?.message, json?.title, json?.detail, json?.errors?.[0]?.message, json?.message].find((m) => typeof m === 'string' && m.trim()) ?? '';
}

it('every malformed request is refused with a 4xx and a clear message, never a 5xx or a hang', async () => {
  const counts = createCounts();
  const problems: string[] = [];
  const cases = corpus(sandbox.storeHash);
  for (const c of cases) {
    const base = c.target === 'handler' ? `${origin}/api/storefront` : sandbox.url;
    const headers = Object.fromEntries(
      Object.entries(c.headers ?? {}).map(([k, v]) => [k, v === 'TOKEN' ? `Bearer ${sandbox.privateToken}` : v === 'MGMT' ? sandbox.managementToken : v]),
    );
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    let status: number;
    let text: string;
    let response: Response;
    try {
      response = await fetch(`${base}${c.path}`, { method: c.method ?? 'GET', headers, ...(c.body !== undefined ? { body: c.body } : {}), redirect: 'manual', signal: controller.signal });
      status = response.status;
      text = await response.text();
    } catch (error) {
      problems.push(`${c.name}: no answer within 5 s or connection broken (${(error as Error).message})`);
      continue;
    } finally {
      clearTimeout(timer);
      counts.requests += 1;
    }
    const type = response.headers.get('content-type') ?? '';
    let json: unknown;
    if (/json/.test(type)) {
      try {
        json = JSON.parse(text);
      } catch {
        problems.push(`${c.name}: ${status} says JSON but the body is not: ${text.slice(0, 100)}`);
      }
    }
    const expected = c.expect ?? '4xx';
    if (status >= 500) problems.push(`${c.name}: ${status} ${text.slice(0, 200)}`);
    else if (expected === '4xx') {
      if (status < 400) problems.push(`${c.name}: accepted with ${status} ${text.slice(0, 200)}`);
      else if (!/json/.test(type) && c.target === 'handler') problems.push(`${c.name}: ${status} is not JSON (${type})`);
      else if (!(json ? messageOf(json) : text.trim())) problems.push(`${c.name}: ${status} without a message: ${text.slice(0, 200)}`);
      else counts.typedFailures += 1;
    } else if (expected === 'graphql-error' || expected === 'session-cleared') {
      const body = json as { data?: unknown; errors?: Array<{ message?: string }> } | undefined;
      const ok = (status === 200 || (status >= 400 && status < 500)) && !!body?.errors?.length && !!messageOf(body) && body.data == null;
      const cleared = response.headers.getSetCookie().some((line) => /^bc-customer=;/.test(line) || /^bc-customer=[^;]*;.*Max-Age=0/i.test(line));
      if (!ok || (expected === 'session-cleared' && !cleared)) problems.push(`${c.name}: expected a GraphQL error${expected === 'session-cleared' ? ' and the session cookie cleared' : ''}, got ${status} ${text.slice(0, 200)} ${response.headers.getSetCookie().join(' | ')}`);
      else counts.typedFailures += 1;
    } else if (expected === 'guest') {
      const data = (json as { data?: { customer?: unknown } } | undefined)?.data;
      if (status !== 200 || !data || data.customer !== null) problems.push(`${c.name}: expected a guest answer, got ${status} ${text.slice(0, 200)}`);
      else counts.recovered += 1;
    } else {
      const location = response.headers.get('location') ?? '';
      const target = new URL(location, 'http://shop.local/');
      const nested = target.searchParams.get('redirectTo');
      const safe = (path: string) => path.startsWith('/') && !path.startsWith('//') && !path.includes('\\') && new URL(path, 'http://shop.local/').host === 'shop.local';
      if (status < 300 || status >= 400 || !safe(location) || (nested !== null && !safe(nested))) problems.push(`${c.name}: ${status} to ${JSON.stringify(location)}`);
      else counts.recovered += 1;
    }
  }
  printCounts('bad input', { ...counts, cases: cases.length, refusedOrGraphQLError: counts.typedFailures, answeredAsGuest: cases.filter((c) => c.expect === 'guest').length, safeRedirects: cases.filter((c) => c.expect === 'safe-redirect').length });
  expect(problems).toEqual([]);
});
