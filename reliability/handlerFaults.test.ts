// Reads under faults, one hop further: what the browser gets from the storefront handler when
// BigCommerce misbehaves. The GraphQL pass-through never retries (the browser's client does, see
// reads.test.ts), so every fault reaches the browser as the handler's answer. 200 queries through
// `POST /api/storefront/graphql`, 40 % of them meeting a fault (502/503/504, 429 with Retry-After,
// dropped connections, answers slower than the server's timeout, malformed 2xx bodies). Then the
// same through the browser's own client (`@bc-headless/core` pointed at the handler), which must
// recover from every one of them by retrying. Every answer is JSON with a code and a message the browser can act on — 502/504 for
// upstream failures, 429 with Retry-After for rate limits — and never a 500 or a hang.
import { createStorefrontClient, StorefrontError } from '@bc-headless/core';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCounts, printCounts } from './support/counts.js';
import { closeServer, listen } from './support/listen.js';
import { runConcurrently } from './support/runConcurrently.js';

const QUERIES = 200;
const CONCURRENCY = 16;
const TIMEOUT_MS = 500;

const FAULTS = {
  '502': { fault: { status: 502 }, answer: [502, 'UPSTREAM_ERROR'] },
  '503': { fault: { status: 503 }, answer: [502, 'UPSTREAM_ERROR'] },
  '504': { fault: { status: 504 }, answer: [502, 'UPSTREAM_ERROR'] },
  drop: { fault: { drop: true }, answer: [502, 'UPSTREAM_ERROR'] },
  slow: { fault: { delayMs: TIMEOUT_MS + 300 }, answer: [504, 'UPSTREAM_TIMEOUT'] },
  'malformed-200': { fault: { malformedBody: true }, answer: [502, 'UPSTREAM_ERROR'] },
  '429': { fault: { status: 429, retryAfter: 0 }, answer: [429, null] },
} as const;
type Kind = keyof typeof FAULTS;
const KINDS = Object.keys(FAULTS) as Kind[];

/** Query `i`'s fault: two in five queries, cycling through the kinds. */
const planFor = (i: number): Kind | null => (i % 5 < 2 ? KINDS[Math.floor(i / 5 + i) % KINDS.length]! : null);

let sandbox: Sandbox;
let server: Server;
let api: string;
const reported: string[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ requestLogSize: 10_000, logger: { error() {}, warn() {} } as never });
  const client = createServerClient({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, endpoints: { graphql: `${sandbox.url}/graphql` }, timeoutMs: TIMEOUT_MS });
  server = createServer(toNodeHandler(createStorefrontHandler({ client, onError: (error) => reported.push((error as Error).name) })));
  api = `${await listen(server)}/api/storefront`;
});
afterAll(async () => {
  await closeServer(server);
  await sandbox.close();
});

/** One single-use fault per faulted query, matched by its operation name; returns how many. */
async function registerFaults(prefix: string, plans: Array<Kind | null>): Promise<number> {
  const statuses = await Promise.all(
    plans.map(async (kind, i) => {
      if (!kind) return null;
      const res = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ match: { path: '/graphql', operationName: `${prefix}${i}` }, count: 1, fault: FAULTS[kind].fault }),
      });
      return res.status;
    }),
  );
  const registered = statuses.filter((status) => status !== null);
  expect(new Set(registered)).toEqual(new Set([201]));
  return registered.length;
}

it('200 queries through the handler, 40 % meeting a fault: typed JSON answers, no 500, no hang', async () => {
  const counts = createCounts();
  const plans = Array.from({ length: QUERIES }, (_, i) => planFor(i));
  const expectedFaults = await registerFaults('H', plans);
  const problems: string[] = [];
  await runConcurrently(QUERIES, CONCURRENCY, async (i) => {
    const kind = plans[i];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15_000);
    let status = 0;
    let text = '';
    let retryAfter: string | null = null;
    try {
      const response = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query H${i} { site { settings { storeName } } }` }),
        signal: controller.signal,
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      problems.push(`H${i} (${kind ?? 'no fault'}): no answer (${(error as Error).message})`);
      return;
    } finally {
      clearTimeout(timer);
      counts.requests += 1;
    }
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      problems.push(`H${i} (${kind ?? 'no fault'}): ${status} not JSON: ${text.slice(0, 100)}`);
      return;
    }
    if (!kind) {
      if (status !== 200 || typeof json.data?.site?.settings?.storeName !== 'string') problems.push(`H${i}: ${status} ${text.slice(0, 200)}`);
      return;
    }
    const [wantStatus, wantCode] = FAULTS[kind].answer;
    const message = json.error?.message ?? json.title ?? json.detail;
    if (status !== wantStatus || (wantCode && json.error?.code !== wantCode) || typeof message !== 'string' || !message.trim()) {
      problems.push(`H${i} (${kind}): ${status} ${text.slice(0, 200)}`);
    } else if (kind === '429' && retryAfter === null) {
      problems.push(`H${i} (429): no Retry-After passed on`);
    } else counts.typedFailures += 1;
  });

  // Slow answers are logged when they end, after the handler gave up on them.
  type Entry = { operationName: string | null; fault: string | null };
  for (const deadline = Date.now() + TIMEOUT_MS + 3000; ; ) {
    const log = ((await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { data: Entry[] }).data;
    counts.faultsInjected = log.filter((e) => e.operationName?.startsWith('H') && e.fault !== null).length;
    if (counts.faultsInjected >= expectedFaults || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  counts.leaks = problems.length;
  printCounts('handler under faults', { ...counts, queries: QUERIES, faultedQueries: plans.filter(Boolean).length, errorsReportedToOnError: reported.length });

  expect(problems).toEqual([]);
  expect(counts.faultsInjected).toBe(expectedFaults);
  expect(counts.typedFailures).toBe(plans.filter(Boolean).length);
});

it('the browser client through the handler recovers from each of those faults by retrying', async () => {
  const counts = createCounts();
  const plans = Array.from({ length: QUERIES }, (_, i) => planFor(i));
  await registerFaults('B', plans);
  const browser = createStorefrontClient({ storeHash: sandbox.storeHash, endpoints: { graphql: `${api}/graphql` }, timeoutMs: 5000, retry: { retries: 2, baseDelayMs: 20, maxDelayMs: 100 } });
  const problems: string[] = [];
  await runConcurrently(QUERIES, CONCURRENCY, async (i) => {
    counts.requests += 1;
    try {
      const data = await browser.request<{ site: { settings: { storeName: string } } }>(`query B${i} { site { settings { storeName } } }`);
      if (typeof data.site.settings.storeName !== 'string') problems.push(`B${i}: ${JSON.stringify(data)}`);
      else if (plans[i]) counts.recovered += 1;
    } catch (error) {
      if (error instanceof StorefrontError && error.constructor !== StorefrontError) counts.typedFailures += 1;
      else counts.leaks += 1;
      problems.push(`B${i} (${plans[i] ?? 'no fault'}): ${(error as Error).name}: ${(error as Error).message}`);
    }
  });
  counts.faultsInjected = plans.filter(Boolean).length - ((await (await fetch(`${sandbox.url}/__sandbox/faults`)).json()) as { data: unknown[] }).data.length;
  printCounts('browser client through the handler under faults', { ...counts, queries: QUERIES });
  expect(problems).toEqual([]);
  expect(counts.recovered).toBe(plans.filter(Boolean).length);
});
