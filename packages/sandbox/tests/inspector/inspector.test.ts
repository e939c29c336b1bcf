import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { loggedRequests, startSandbox } from '../support/sandboxFixtures.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ requestLogSize: 50 });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('request inspector', () => {
  it('records method, path, status, client IP, customer context and correlation id, and filters by correlation id', async () => {
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'op-1' } });
    await fetch(`${sandbox.url}/missing`, { headers: { 'x-correlation-id': 'op-1' } });
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'op-2' } });
    const op1 = await loggedRequests(sandbox, 'op-1');
    expect(op1.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', '/checkout', 200],
      ['GET', '/missing', 404],
    ]);
    expect(op1[0]).toMatchObject({ clientIp: '127.0.0.1', customer: false, correlationId: 'op-1', fault: null });
    expect(typeof op1[0]!.durationMs).toBe('number');
    expect(Date.parse(op1[0]!.time as string)).not.toBeNaN();
    expect(await loggedRequests(sandbox)).toHaveLength(3);
  });

  it('does not log its own requests', async () => {
    await fetch(`${sandbox.url}/__sandbox/config`);
    await fetch(`${sandbox.url}/__sandbox`);
    await fetch(`${sandbox.url}/__sandbox/requests`);
    expect(await loggedRequests(sandbox)).toEqual([]);
  });

  it('marks requests made with a valid customer access token as customer requests', async () => {
    const customer = sandbox.customers[0]!;
    const { value } = sandbox.store.issueCustomerAccessToken(customer.entityId);
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-bc-customer-access-token': value, 'x-correlation-id': 'c1' } });
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-bc-customer-access-token': `${'0'.repeat(64)}_1`, 'x-correlation-id': 'c2' } });
    expect((await loggedRequests(sandbox, 'c1'))[0]!.customer).toBe(true);
    expect((await loggedRequests(sandbox, 'c2'))[0]!.customer).toBe(false);
  });

  it('keeps only the most recent requests (bounded ring buffer)', async () => {
    for (let i = 0; i < 60; i += 1) await fetch(`${sandbox.url}/missing/${i}`);
    const entries = await loggedRequests(sandbox);
    expect(entries).toHaveLength(50);
    expect(entries[0]!.path).toBe('/missing/10');
    expect(entries.at(-1)!.path).toBe('/missing/59');
  });

  it('groups requests by correlation id on the HTML page', async () => {
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'aaaa-checkout' } });
    await fetch(`${sandbox.url}/missing`, { headers: { 'x-correlation-id': 'aaaa-checkout' } });
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'bbbb-refund' } });
    await fetch(`${sandbox.url}/checkout`);
    const res = await fetch(`${sandbox.url}/__sandbox`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const sections = html.split('<section>').slice(1);
    expect(sections).toHaveLength(3);
    const checkout = sections.find((s) => s.includes('Operation aaaa-checkout'))!;
    expect(checkout.match(/<tr class=/g)).toHaveLength(2);
    expect(checkout).toContain('/missing');
    expect(sections.find((s) => s.includes('Operation bbbb-refund'))!.match(/<tr class=/g)).toHaveLength(1);
    expect(html).toContain('Requests without X-Correlation-Id');
  });

  it('refreshes itself with ?refresh= (1 to 60 s), without scripts', async () => {
    expect(await (await fetch(`${sandbox.url}/__sandbox?refresh=2`)).text()).toContain('<meta http-equiv="refresh" content="2">');
    expect(await (await fetch(`${sandbox.url}/__sandbox?refresh=0;url=https://evil.example`)).text()).not.toContain('http-equiv');
    expect((await fetch(`${sandbox.url}/__sandbox`)).headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('shows one operation when the page is opened with ?correlationId=', async () => {
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'only-this' } });
    await fetch(`${sandbox.url}/checkout`, { headers: { 'x-correlation-id': 'not-this' } });
    const html = await (await fetch(`${sandbox.url}/__sandbox?correlationId=only-this`)).text();
    expect(html.split('<section>')).toHaveLength(2);
    expect(html).toContain('Operation only-this');
    expect(html).not.toContain('not-this');
  });

  it('shows a hostile operation name and header as text', async () => {
    const hostile = '<script>alert(1)</script>';
    const correlationId = '"><img src=x onerror=alert(2)>';
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ match: { operationName: hostile }, fault: { status: 503 } }) });
    await fetch(`${sandbox.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': correlationId },
      body: JSON.stringify({ query: 'query Q { site { settings { storeName } } }', operationName: hostile }),
    });
    const [entry] = await loggedRequests(sandbox, correlationId);
    expect(entry).toMatchObject({ operationName: hostile, status: 503 });
    const html = await (await fetch(`${sandbox.url}/__sandbox`)).text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });
});
