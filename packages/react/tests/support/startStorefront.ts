import { createMemoryStorage, createSessionStore, createStorefrontClient, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { request as httpRequest } from 'node:http';
import { inject } from 'vitest';
import type { StackInfo } from './globalSetup.js';

/** One request the test "browser" sent to the storefront server. */
export interface SentRequest {
  method: string;
  path: string;
  /** The GraphQL operation name for `/graphql`, else null. */
  operationName: string | null;
  correlationId: string | null;
}

/** What a browser tab would hold: its cookies, what it sent, its client and session. */
export interface Tab {
  cookies: Map<string, string>;
  sent: SentRequest[];
  client: StorefrontClient;
  session: SessionStore;
  /** Operation names (or `METHOD /route`) sent since index `since` of `sent`. */
  namesSince(since: number): string[];
}

/** The running stack (see globalSetup) and a way to open tabs on it. */
export interface Stack extends StackInfo {
  tab(): Tab;
  /** Puts the sandbox back to its seeded state (`POST /__sandbox/reset`). */
  reset(): Promise<void>;
}

// Plain node:http: the DOM environment's global fetch would send its page's Origin, which the
// handler rightly refuses as cross-site, and keep cookies its own way.
function nodeFetch(url: URL, init: RequestInit, headers: Headers): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: Object.fromEntries(headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    init.signal?.addEventListener('abort', () => req.destroy(new DOMException('aborted', 'AbortError')));
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

/** The stack globalSetup started for the test file at `fileUrl` (pass `import.meta.url`). */
export function startStorefront(fileUrl: string): Stack {
  const name = fileUrl.split('/').pop()!;
  const info = inject('stacks')[name];
  if (!info) throw new Error(`no test stack for ${name}: globalSetup starts one per tests/*.test.tsx file`);
  return {
    ...info,
    reset: async () => {
      await nodeFetch(new URL(`${info.sandboxUrl}/__sandbox/reset`), { method: 'POST' }, new Headers());
    },
    tab() {
      const cookies = new Map<string, string>();
      const sent: SentRequest[] = [];
      // A real HTTP request plus what a browser adds: the cookies its earlier answers set.
      const tabFetch: typeof fetch = async (input, init = {}) => {
        const url = new URL(String(input));
        const headers = new Headers(init.headers);
        if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
        const body = typeof init.body === 'string' ? init.body : '';
        const operationName = url.pathname.endsWith('/graphql') ? (/(?:query|mutation)\s+(\w+)/.exec(JSON.parse(body).query)?.[1] ?? null) : null;
        sent.push({ method: init.method ?? 'GET', path: url.pathname, operationName, correlationId: headers.get('x-correlation-id') });
        const answer = await nodeFetch(url, init, headers);
        const setCookie = answer.headers['set-cookie'] ?? [];
        for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
          const [pair = ''] = line.split('; ');
          const eq = pair.indexOf('=');
          if (/Max-Age=0/i.test(line) || eq === pair.length - 1) cookies.delete(pair.slice(0, eq));
          else cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
        }
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string' && name !== 'set-cookie') responseHeaders.set(name, value);
        const nullBody = answer.status === 204 || answer.status === 304 || (answer.status >= 300 && answer.status < 400);
        return new Response(nullBody ? null : answer.body, { status: answer.status, headers: responseHeaders });
      };
      // The session lives in the cookie jar, as createCookieStorage keeps it in document.cookie.
      const storage = createMemoryStorage();
      const session = createSessionStore({
        storage: {
          getItem: () => storage.getItem(),
          setItem: (value) => {
            storage.setItem(value);
            cookies.set('bc_session', encodeURIComponent(value));
          },
        },
      });
      return {
        cookies,
        sent,
        session,
        client: createStorefrontClient({ storeHash: info.storeHash, endpoints: { graphql: `${info.api}/graphql` }, fetch: tabFetch, retry: false }),
        namesSince: (since) => sent.slice(since).map((r) => r.operationName ?? `${r.method} ${r.path.slice(info.api.length - info.origin.length)}`),
      };
    },
  };
}
