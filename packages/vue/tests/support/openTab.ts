import { createMemoryStorage, createSessionStore, createStorefrontClient, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { inject } from 'vitest';
import { createTabFetch, type SentRequest } from '../../../../tools/test-stack/createTabFetch.mjs';
import type { StackInfo } from './globalSetup.js';

export type { SentRequest };

/** What a browser tab holds: its cookies, what it sent, its client and its session store. */
export interface Tab {
  stack: StackInfo;
  cookies: Map<string, string>;
  sent: SentRequest[];
  client: StorefrontClient;
  session: SessionStore;
  /** Operation names (or `METHOD /route`) sent since index `since` of `sent`. */
  namesSince(since: number): string[];
}

/** A new tab on the stack started by globalSetup: its own cookie jar, so its own cart and sign-in. */
export function openTab(): Tab {
  const stack = inject('vueStack');
  const { cookies, sent, fetch: tabFetch } = createTabFetch();
  // The session lives in the jar's bc_session cookie, as createCookieStorage keeps it in document.cookie.
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
    stack,
    cookies,
    sent,
    session,
    client: createStorefrontClient({ storeHash: stack.storeHash, endpoints: { graphql: `${stack.api}/graphql` }, fetch: tabFetch, retry: false }),
    namesSince: (since) => sent.slice(since).map((r) => r.operationName ?? `${r.method} ${r.path.slice(stack.api.length - stack.origin.length)}`),
  };
}
