import { createSessionStore, type SessionState, type SessionStore } from '@bc-headless/core';

/**
 * A session store holding the request's snapshot: on the server there is no cookie jar, so the
 * render reads the session the loads prefetched with (same query keys as the browser's).
 */
export function sessionFrom(snapshot: SessionState): SessionStore {
  const session = createSessionStore();
  session.setCartId(snapshot.cartId);
  session.setLocale(snapshot.locale);
  if (snapshot.customer) session.setCustomer(snapshot.customer);
  return session;
}
