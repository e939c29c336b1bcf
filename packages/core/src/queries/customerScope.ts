import type { SessionState } from '../createSessionStore.js';

/** Whose data a customer-scoped answer is: the signed-in customer's entity id, or `'guest'`. */
export type CustomerScope = number | 'guest';

/**
 * The customer scope of a session snapshot. Query keys carry it (never a token), so a sign-in or
 * sign-out moves every customer-scoped query to a key of its own.
 */
export function customerScope(state: Pick<SessionState, 'customer'>): CustomerScope {
  return state.customer?.entityId ?? 'guest';
}
