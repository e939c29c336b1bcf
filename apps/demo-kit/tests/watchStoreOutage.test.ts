import { QueryObserver } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchStoreOutage } from '../src/watchStoreOutage.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

const faults = (method: 'POST' | 'DELETE', body?: unknown) =>
  fetch(`${stack.sandbox.url}/__sandbox/faults`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

/** Resolves once `done()` holds (checked every few milliseconds; the test's own timeout bounds it). */
const until = (done: () => boolean) =>
  new Promise<void>((resolve) => {
    const poll = () => (done() ? resolve() : setTimeout(poll, 5));
    poll();
  });

describe('watchStoreOutage', () => {
  it('reports a failing store, retries the failed queries, and reports its return', async () => {
    const page = stack.page();
    const changes: boolean[] = [];
    const stop = watchStoreOutage(page.queryClient, (failing) => changes.push(failing), { retryMs: 20 });
    expect(changes).toEqual([false]);

    // Every GraphQL request fails at the sandbox until the faults are cleared.
    expect((await faults('POST', { match: { path: '/graphql' }, count: 1000, fault: { status: 500 } })).status).toBe(201);
    const observer = new QueryObserver(page.queryClient, page.queries.settings());
    const unsubscribe = observer.subscribe(() => {});
    await until(() => changes.at(-1) === true);
    const sentWhileDown = page.requestLog.getSnapshot().length;

    await faults('DELETE');
    await until(() => observer.getCurrentResult().status === 'success' && changes.at(-1) === false);
    // (A retry of a query without data shows it pending for a moment: `false`, then `true` again.)
    expect(changes[0]).toBe(false);
    expect(changes.filter((failing, i) => failing === changes[i - 1])).toEqual([]); // only changes are reported
    // It came back through the retry loop (no one else refetched), with the settings in the cache.
    expect(page.requestLog.getSnapshot().length).toBeGreaterThan(sentWhileDown);
    expect(observer.getCurrentResult().data).toMatchObject({ storeName: expect.any(String) });

    stop();
    unsubscribe();
  });

  it('ignores the demo’s own queries and queries nobody shows', async () => {
    const page = stack.page();
    const changes: boolean[] = [];
    const stop = watchStoreOutage(page.queryClient, (failing) => changes.push(failing));
    const demo = new QueryObserver(page.queryClient, { queryKey: ['demo', 'info'], queryFn: () => Promise.reject(new Error('no demo info')), retry: false });
    const stopDemo = demo.subscribe(() => {});
    await page.queryClient.prefetchQuery({ queryKey: ['unshown'], queryFn: () => Promise.reject(new Error('down')), retry: false });
    await page.queryClient.fetchQuery(demo.options).catch(() => undefined);
    expect(demo.getCurrentResult().status).toBe('error');
    expect(changes).toEqual([false]);
    stopDemo();
    stop();
  });
});
