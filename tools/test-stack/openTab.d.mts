import type { SessionStore, StorefrontClient } from '@bc-headless/core';
import type { SentRequest } from './createTabFetch.mjs';

/** What a browser tab holds: its cookies, what it sent, its client and its session store. */
export interface Tab {
  cookies: Map<string, string>;
  sent: SentRequest[];
  client: StorefrontClient;
  session: SessionStore;
  /** Operation names (or `METHOD /route`) sent since index `since` of `sent`. */
  namesSince(since: number): string[];
}

/** A new tab on a handler at `api` (under `origin`): its own cookies, so its own cart and sign-in. */
export function openTab(where: { storeHash: string; origin: string; api: string }): Tab;
