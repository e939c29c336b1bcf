import { QueryClient } from '@tanstack/query-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoInfoQuery, fetchDemoInfo } from '../src/demoInfoQuery.js';
import { startDemoStack, type DemoStack } from './support/startDemoStack.js';

let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.close());

describe('demoInfoQuery', () => {
  it('reads the backend and inspector from the demo server, once per page', async () => {
    const queryClient = new QueryClient();
    const options = demoInfoQuery({ origin: stack.demo.url });
    expect(options.queryKey).toEqual(['demo', 'info']);
    const info = await queryClient.fetchQuery(options);
    expect(info).toEqual({ backend: 'sandbox', inspectorUrl: `${stack.sandbox.url}/__sandbox` });
    // staleTime Infinity: the second read is the cached object, not a new request.
    expect(await queryClient.fetchQuery(options)).toBe(info);
  });

  it('names the route and status when the server has no demo info', async () => {
    // The sandbox is a real server without that route.
    await expect(fetchDemoInfo({ origin: stack.sandbox.url })).rejects.toThrow('GET /api/demo/info answered 404');
  });
});
