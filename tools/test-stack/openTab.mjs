// A browser tab on the storefront handler for tests in a DOM environment: its cookie jar (the
// session cookie included), what it sent, its session store and its core client.
import { createMemoryStorage, createSessionStore, createStorefrontClient } from '@bc-headless/core';
import { createTabFetch } from './createTabFetch.mjs';

/** A new tab on a handler at `api` (under `origin`): its own cookies, so its own cart and sign-in. */
export function openTab({ storeHash, origin, api }) {
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
    cookies,
    sent,
    session,
    client: createStorefrontClient({ storeHash, endpoints: { graphql: `${api}/graphql` }, fetch: tabFetch, retry: false }),
    namesSince: (since) => sent.slice(since).map((r) => r.operationName ?? `${r.method} ${r.path.slice(api.length - origin.length)}`),
  };
}
