import type { RestRequest, RestResponse } from '../../createClientCore.js';

/** The hooks `createWebhookHandler` needs to keep the cache right (BigCommerce's event reference). */
export const CACHE_WEBHOOK_SCOPES: readonly string[] = Object.freeze(['store/product/*', 'store/sku/*', 'store/category/*']);

/** A webhook as the Management API returns it (reference/webhooks.v3.yml, `webhook_Full`). */
export interface Webhook {
  id: number;
  scope: string;
  destination: string;
  is_active: boolean;
  headers: Record<string, string> | null;
}

/** Options of `ManagementClient.ensureWebhooks`. */
export interface EnsureWebhooksOptions {
  /** Where BigCommerce sends callbacks: your `createWebhookHandler`'s public https URL. */
  destination: string;
  /** The custom headers sent on every callback: your webhook secret header. */
  headers: Record<string, string>;
  /** Scopes to subscribe (default `CACHE_WEBHOOK_SCOPES`). */
  scopes?: readonly string[];
}

/** What `ensureWebhooks` did, hook by hook. */
export interface EnsureWebhooksResult {
  created: Webhook[];
  updated: Webhook[];
  unchanged: Webhook[];
}

const sameHeaders = (a: Record<string, string> | null, b: Record<string, string>) => {
  const left = Object.entries(a ?? {}).sort();
  const right = Object.entries(b).sort();
  return left.length === right.length && left.every(([k, v], i) => right[i]![0] === k && right[i]![1] === v);
};

/**
 * Makes sure one active hook per scope points at `destination` with `headers`: lists the hooks
 * this token made for that destination, creates the missing ones, and updates (reactivating, new
 * headers) the ones that differ. Safe to run at every deploy: a second run changes nothing.
 * INTERNAL: called by `createManagementClient(...).ensureWebhooks`.
 */
export async function ensureWebhooks(rest: (request: RestRequest) => Promise<RestResponse>, base: string, options: EnsureWebhooksOptions): Promise<EnsureWebhooksResult> {
  const { destination, headers } = options;
  const scopes = options.scopes ?? CACHE_WEBHOOK_SCOPES;
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    throw new TypeError(`ensureWebhooks: destination must be an absolute URL, got ${JSON.stringify(destination)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`ensureWebhooks: destination must be an https URL (BigCommerce calls port 443), got ${url.protocol}.`);
  if (!headers || typeof headers !== 'object' || Object.keys(headers).length === 0) {
    throw new TypeError('ensureWebhooks: headers must hold your webhook secret header, so that createWebhookHandler can tell BigCommerce’s callbacks from anyone else’s.');
  }
  const listed = await rest({ url: `${base}/hooks?destination=${encodeURIComponent(destination)}&limit=250`, method: 'GET' });
  const existing = ((listed.json as { data?: Webhook[] }).data ?? []).filter((hook) => hook.destination === destination);
  const result: EnsureWebhooksResult = { created: [], updated: [], unchanged: [] };
  for (const scope of scopes) {
    const hook = existing.find((h) => h.scope === scope);
    if (!hook) {
      const made = await rest({ url: `${base}/hooks`, method: 'POST', body: { scope, destination, is_active: true, headers } });
      result.created.push((made.json as { data: Webhook }).data);
    } else if (!hook.is_active || !sameHeaders(hook.headers, headers)) {
      const changed = await rest({ url: `${base}/hooks/${hook.id}`, method: 'PUT', body: { is_active: true, headers } });
      result.updated.push((changed.json as { data: Webhook }).data);
    } else {
      result.unchanged.push(hook);
    }
  }
  return result;
}
