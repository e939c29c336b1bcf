import { createHash } from 'node:crypto';

/** A callback body as BigCommerce POSTs it (docs/integrations/webhooks/events/index.mdx, "Callback structure"). */
export interface WebhookPayload {
  scope: string;
  store_id: string;
  data: Record<string, unknown>;
  /** SHA-1 (hex) of the JSON-encoded `data`, so receivers can drop duplicates. */
  hash: string;
  /** Unix seconds when the event happened. */
  created_at: number;
  /** Always `stores/{store_hash}`. */
  producer: string;
}

/** Builds the callback body of one event. */
export function webhookPayload(event: { scope: string; data: Record<string, unknown> }, store: { storeId: string; storeHash: string }, nowMs: number): WebhookPayload {
  return {
    scope: event.scope,
    store_id: store.storeId,
    data: event.data,
    hash: createHash('sha1').update(JSON.stringify(event.data)).digest('hex'),
    created_at: Math.floor(nowMs / 1000),
    producer: `stores/${store.storeHash}`,
  };
}
