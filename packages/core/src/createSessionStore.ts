import { createMemoryStorage, type SessionStorageAdapter } from './createMemoryStorage.js';
import { createUuid, isUuid } from './createUuid.js';

/** The signed-in customer's public profile (never a token: such fields are dropped). */
export interface CustomerProfile {
  entityId: number;
  firstName?: string;
  lastName?: string;
  email?: string;
  [field: string]: unknown;
}

/** A snapshot of the shopper's session. */
export interface SessionState {
  cartId: string | null;
  /** A UUID created on first use and kept for the life of the storage. */
  visitorId: string;
  locale: string | null;
  customer: CustomerProfile | null;
}

/** A framework-free observable session, shaped for `useSyncExternalStore` and its peers. */
export interface SessionStore {
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** The current state: the same object until something changes. */
  getSnapshot(): SessionState;
  setCartId(cartId: string | null): void;
  setLocale(locale: string | null): void;
  /** Sets the signed-in customer's profile; token-like fields are dropped. */
  setCustomer(customer: CustomerProfile | null): void;
  /** Signs out: drops customer and cart, keeps `visitorId` and `locale`. */
  clear(): void;
}

// Anything named like a credential is dropped: a customer access token must never reach
// browser storage, whoever passes it in.
const withoutCredentials = (customer: CustomerProfile | null) =>
  customer && (Object.fromEntries(Object.entries(customer).filter(([key]) => !/token|secret|password/i.test(key))) as CustomerProfile);

/**
 * Creates the session store. Pure: storage is first read by `getSnapshot` or a setter, so it
 * is safe at import time and during server rendering.
 */
export function createSessionStore({ storage = createMemoryStorage() }: { storage?: SessionStorageAdapter } = {}): SessionStore {
  const listeners = new Set<(state: SessionState) => void>();
  let state: SessionState | undefined;
  const write = (next: SessionState) => {
    try {
      storage.setItem(JSON.stringify((state = next)));
    } catch {} // the session then lives in memory only: better than breaking the page
  };
  const read = (): SessionState => {
    if (!state) {
      let saved: Partial<SessionState> | undefined;
      try {
        saved = JSON.parse(storage.getItem()!);
      } catch {} // unreadable storage or corrupt data: start a fresh session
      const { cartId = null, visitorId, locale = null, customer = null } = saved ?? {};
      state = { cartId, visitorId: visitorId!, locale, customer: withoutCredentials(customer) };
      // The visitor id is created once and then kept for as long as the storage lives.
      if (!isUuid(visitorId)) write({ ...state, visitorId: createUuid() });
    }
    return state!;
  };
  const update = (patch: Partial<SessionState>) => {
    const current = read();
    for (const key in patch)
      if (current[key as keyof SessionState] !== patch[key as keyof SessionState]) {
        write({ ...current, ...patch });
        return listeners.forEach((listener) => listener(state!));
      }
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: read,
    setCartId: (cartId) => update({ cartId }),
    setLocale: (locale) => update({ locale }),
    setCustomer: (customer) => update({ customer: withoutCredentials(customer) }),
    clear: () => update({ cartId: null, customer: null }),
  };
}
