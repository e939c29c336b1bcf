import { createMemoryStorage, createSessionStore, createStorefrontClient, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { inject } from 'vitest';
import { createTabFetch, type SentRequest } from '../../../../tools/test-stack/createTabFetch.mjs';
import type { StackInfo } from './globalSetup.js';

export type { SentRequest };

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

/** The stack globalSetup started for the test file at `fileUrl` (pass `import.meta.url`). */
export function startStorefront(fileUrl: string): Stack {
  const name = fileUrl.split('/').pop()!;
  const info = inject('stacks')[name];
  if (!info) throw new Error(`no test stack for ${name}: globalSetup starts one per tests/*.test.tsx file`);
  return {
    ...info,
    reset: async () => {
      await createTabFetch().fetch(`${info.sandboxUrl}/__sandbox/reset`, { method: 'POST' });
    },
    tab() {
      const { cookies, sent, fetch: tabFetch } = createTabFetch();
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
