import { randomBytes } from 'node:crypto';

/** BigCommerce's hosted storefront session cookie name. */
export const HOSTED_SESSION_COOKIE = 'SHOP_SESSION_TOKEN';

/** The shopper a hosted page (checkout) is serving, restored by session sync. */
export interface HostedSession {
  customerId: number | null;
  cartId: string | null;
}

/** Server-side hosted sessions keyed by an unguessable cookie value. */
export interface HostedSessions {
  create(session: HostedSession): string;
  get(id: string | undefined): HostedSession | null;
  /** The session named by a request's `Cookie` header, if any. */
  fromCookieHeader(cookie: string | undefined): HostedSession | null;
  clear(): void;
  /** `[cookie value, session]` pairs, for the data dir. */
  snapshot(): Array<[string, HostedSession]>;
  /** Replaces every session with a snapshot's. */
  restore(sessions: Array<[string, HostedSession]>): void;
}

/** Reads one cookie's value from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Creates an empty session table. */
export function createHostedSessions(): HostedSessions {
  let sessions = new Map<string, HostedSession>();
  const api: HostedSessions = {
    create(session) {
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, { ...session });
      return id;
    },
    get: (id) => (id === undefined ? null : (sessions.get(id) ?? null)),
    fromCookieHeader: (cookie) => api.get(readCookie(cookie, HOSTED_SESSION_COOKIE)),
    clear() {
      sessions = new Map();
    },
    snapshot: () => [...sessions].map(([id, session]) => [id, { ...session }]),
    restore(saved) {
      sessions = new Map(saved.map(([id, session]) => [id, { ...session }]));
    },
  };
  return api;
}
