import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { WEBHOOK_RETRY_SCHEDULE_SECONDS } from '../../src/webhooks/WebhookDispatcher.js';
import { management, startSandbox } from '../support/sandboxFixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhookReceiver.js';

// 1e-5 runs BigCommerce's 48-hour schedule in under two seconds.
const SCALE = 0.00001;
let sandbox: Sandbox;
let receiver: WebhookReceiver;
beforeAll(async () => {
  sandbox = await startSandbox({ webhookRetryScale: SCALE, webhookTimeoutMs: 300 });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
beforeEach(() => {
  sandbox.reset();
  receiver.received.length = 0;
  receiver.answers.length = 0;
});

async function call(path: string, init: Parameters<typeof management>[2] = {}): Promise<{ status: number; body: any }> {
  const res = await management(sandbox, path, init);
  return { status: res.status, body: await res.json() };
}

async function deliveries(query = ''): Promise<any[]> {
  return ((await (await fetch(`${sandbox.url}/__sandbox/webhooks/deliveries${query}`)).json()) as { data: any[] }).data;
}

/** Polls the deliveries log until `done` holds (the retries run on real, scaled timers). */
async function until(done: (list: any[]) => boolean, ms = 15_000): Promise<any[]> {
  const end = Date.now() + ms;
  for (;;) {
    const list = await deliveries();
    if (done(list)) return list;
    if (Date.now() > end) throw new Error(`deliveries never settled: ${JSON.stringify(list.map((d) => [d.attempt, d.status, d.error]))}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const hookFor = async (path: string) => (await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: `${receiver.url}${path}` } })).body.data;
const touchProduct = (price: number) => call('/v3/catalog/products/115', { method: 'PUT', body: { price } });

describe('webhook retries', () => {
  it('retries a 500 on BigCommerce’s schedule until the receiver answers 2xx', async () => {
    const hook = await hookFor('/flaky');
    receiver.answers.push(500, 503);
    await touchProduct(40);
    const got = await receiver.waitFor(3);
    expect(new Set(got.map((r) => r.body.hash)).size).toBe(1);
    const list = await until((l) => l.length === 3);
    expect(list.map((d) => [d.attempt, d.status, d.ok, d.nextRetryInSeconds])).toEqual([
      [1, 500, false, 60],
      [2, 503, false, 180],
      [3, 200, true, null],
    ]);
    expect(list.every((d) => d.hookId === hook.id && d.eventId === list[0].eventId)).toBe(true);
    expect((await call(`/v3/hooks/${hook.id}`)).body.data.is_active).toBe(true);
    expect(await deliveries(`?hookId=${hook.id}`)).toHaveLength(3);
    expect((await fetch(`${sandbox.url}/__sandbox/webhooks/deliveries?hookId=x`)).status).toBe(400);
  });

  it('counts no answer within the timeout as a failure, and a redirect too', async () => {
    await hookFor('/slow');
    receiver.answers.push(0, 302);
    await touchProduct(41);
    const list = await until((l) => l.length === 3);
    expect(list[0]).toMatchObject({ attempt: 1, status: null, ok: false, error: expect.stringMatching(/no answer within 300 ms/) });
    expect(list[1]).toMatchObject({ attempt: 2, status: 302, ok: false });
    expect(list[2]).toMatchObject({ attempt: 3, status: 200, ok: true });
  });

  it('deactivates the hook after the last retry fails, and sends it nothing more', async () => {
    const hook = await hookFor('/down');
    receiver.answers.push(...Array.from({ length: WEBHOOK_RETRY_SCHEDULE_SECONDS.length + 1 }, () => 500));
    await touchProduct(42);
    const list = await until((l) => l.some((d) => d.deactivatedHook));
    expect(list).toHaveLength(12);
    expect(list.map((d) => d.nextRetryInSeconds)).toEqual([...WEBHOOK_RETRY_SCHEDULE_SECONDS, null]);
    expect(list.at(-1)).toMatchObject({ attempt: 12, deactivatedHook: true });
    const after = (await call(`/v3/hooks/${hook.id}`)).body.data;
    expect(after.is_active).toBe(false);
    expect((await call('/v3/hooks?is_active=false')).body.data.map((h: any) => h.id)).toEqual([hook.id]);

    await touchProduct(43);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(12);
    // Setting is_active back to true resumes delivery, as BigCommerce's overview says.
    expect((await call(`/v3/hooks/${hook.id}`, { method: 'PUT', body: { is_active: true } })).status).toBe(200);
    await touchProduct(44);
    await receiver.waitFor(13);
  });

  it('records an unreachable destination as failed without an HTTP status, and stops retrying a deleted hook', async () => {
    const closed = await startWebhookReceiver();
    const url = closed.url;
    await closed.close();
    const hook = (await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: `${url}/gone` } })).body.data;
    await touchProduct(45);
    const first = await until((l) => l.length >= 1);
    expect(first[0]).toMatchObject({ status: null, ok: false, error: expect.stringMatching(/could not connect/) });
    await call(`/v3/hooks/${hook.id}`, { method: 'DELETE' });
    const settled = (await deliveries()).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await deliveries()).length).toBeLessThanOrEqual(settled + 1);
    expect((await deliveries()).every((d) => !d.deactivatedHook)).toBe(true);
  });

  it('shows the attempts in the inspector page, escaped', async () => {
    const hook = (await call('/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: `${receiver.url}/<b>x</b>?q="1"` } })).body.data;
    receiver.answers.push(500);
    await touchProduct(46);
    await until((l) => l.length === 2);
    const html = await (await fetch(`${sandbox.url}/__sandbox`)).text();
    expect(html).toContain('Webhook deliveries');
    expect(html).toContain('store/product/updated');
    expect(html).toContain('answered 500');
    expect(html).toContain(`${hook.id}`);
    expect(html).not.toContain('<b>x</b>');
    // Filtered by operation, the page shows that operation only.
    expect(await (await fetch(`${sandbox.url}/__sandbox?correlationId=op-1`)).text()).not.toContain('Webhook deliveries');
  });

  it('runs retries when the sandbox clock moves (real-time schedule), up to the deactivation', async () => {
    const real = await startSandbox();
    try {
      const created = await management(real, '/v3/hooks', { method: 'POST', body: { scope: 'store/product/updated', destination: `${receiver.url}/clock` } });
      const hook = ((await created.json()) as any).data;
      receiver.answers.push(...Array.from({ length: 12 }, () => 500));
      expect((await management(real, '/v3/catalog/products/115', { method: 'PUT', body: { price: 50 } })).status).toBe(200);
      const list = async () => ((await (await fetch(`${real.url}/__sandbox/webhooks/deliveries`)).json()) as { data: any[] }).data;
      const settle = async (count: number) => {
        for (let i = 0; i < 400 && (await list()).length < count; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(await list()).toHaveLength(count);
      };
      await settle(1);
      // Just short of the first interval: nothing is due yet.
      real.clock.advance(59_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await list()).toHaveLength(1);
      real.clock.advance(1_000);
      await settle(2);
      for (const [i, seconds] of WEBHOOK_RETRY_SCHEDULE_SECONDS.slice(1).entries()) {
        await fetch(`${real.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: seconds * 1000 }) });
        await settle(i + 3);
      }
      const all = await list();
      expect(all.at(-1)).toMatchObject({ attempt: 12, deactivatedHook: true });
      expect(((await (await management(real, `/v3/hooks/${hook.id}`)).json()) as any).data.is_active).toBe(false);
    } finally {
      await real.close();
    }
  });
});
