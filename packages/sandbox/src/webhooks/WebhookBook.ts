import { createHash } from 'node:crypto';

/** One webhook subscription as the Management API shows it (reference/webhooks.v3.yml, `webhook_Full`). */
export interface Webhook {
  id: number;
  client_id: string;
  store_hash: string;
  scope: string;
  destination: string;
  /** Custom headers sent on every callback, or null. */
  headers: Record<string, string> | null;
  is_active: boolean;
  /** Unix seconds on the sandbox clock. */
  created_at: number;
  updated_at: number;
}

/** What a data dir keeps of the webhooks. */
export interface WebhookBookSnapshot {
  hooks: Webhook[];
  nextId: number;
}

/** The store's webhook subscriptions, in creation order. */
export interface WebhookBook {
  list(): Webhook[];
  get(id: number): Webhook | undefined;
  add(hook: Omit<Webhook, 'id'>): Webhook;
  remove(id: number): Webhook | undefined;
  clear(): void;
  snapshot(): WebhookBookSnapshot;
  restore(snapshot: WebhookBookSnapshot): void;
}

// BigCommerce's ids are large integers (the reference's examples: 18048287); starting high keeps
// a client from mistaking them for small sequential ids of something else.
const FIRST_ID = 18_000_001;

/**
 * The `client_id` hooks are filed under. BigCommerce derives it from the access token's API
 * account (webhooks.v3.yml: "BigCommerce determines the client_id from the access_token"); the
 * sandbox has one management token, so one client, whose id is a digest of the token (never the
 * token itself, which the listing would otherwise leak).
 */
export function clientIdFor(managementToken: string): string {
  return createHash('sha256').update(`bc-sandbox client ${managementToken}`).digest('hex').slice(0, 31);
}

/** Creates an empty book of webhooks. */
export function createWebhookBook(): WebhookBook {
  const hooks = new Map<number, Webhook>();
  let nextId = FIRST_ID;
  return {
    list: () => [...hooks.values()],
    get: (id) => hooks.get(id),
    add(hook) {
      const stored = { id: nextId++, ...hook };
      hooks.set(stored.id, stored);
      return stored;
    },
    remove(id) {
      const hook = hooks.get(id);
      hooks.delete(id);
      return hook;
    },
    clear() {
      hooks.clear();
      nextId = FIRST_ID;
    },
    snapshot: () => structuredClone({ hooks: [...hooks.values()], nextId }),
    restore(snapshot) {
      hooks.clear();
      for (const hook of structuredClone(snapshot.hooks)) hooks.set(hook.id, hook);
      nextId = snapshot.nextId;
    },
  };
}
