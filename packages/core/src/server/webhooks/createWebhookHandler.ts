import type { ServerCache } from '../cache/createServerCache.js';
import { readBodyLimited } from '../handler/readBodyLimited.js';
import { webhookPurgeTags, type WebhookPayload } from './webhookPurgeTags.js';

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The cache the server client uses (`createServerCache`); purges reach every instance sharing its store. */
  cache: ServerCache;
  /**
   * The custom header you set when creating the hooks (`POST /v3/hooks` with `headers`), which
   * BigCommerce sends on every callback: a callback without it, or with another value, is refused.
   */
  secret: { header: string; value: string };
  /** Your store hash: a callback whose `producer` is another store's (`stores/{hash}`) is refused. */
  storeHash: string;
  /** Largest accepted body in bytes (default 64 KiB; BigCommerce's payloads are a few hundred bytes). */
  maxBodyBytes?: number;
  /** Told about each purge (scope, tags, count) and each refused callback, for logging. */
  onEvent?: (event: { scope?: string; tags: string[]; purged: number } | { refused: number; reason: string }) => void;
}

const answer = (status: number, reason?: string) =>
  new Response(reason ? JSON.stringify({ error: reason }) : null, { status, headers: reason ? { 'content-type': 'application/json' } : {} });

// Compares without returning early on the first difference, so response time says nothing about the secret.
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/**
 * A Fetch handler for BigCommerce's webhook callbacks (`store/product/updated`,
 * `store/product/inventory/updated`, `store/sku/*`, `store/category/*`, `store/brand/*`,
 * `store/priceList/*`): checks the secret header and the producing store, then purges the cache
 * entries of the entities named, and answers 200 with no body as BigCommerce asks. A bad secret
 * is a 401, a bad body a 400 (nothing purged); a store that cannot purge answers 503, so that
 * BigCommerce retries the callback later.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const { cache, secret, storeHash, onEvent } = options;
  if (!cache || typeof cache.purgeTags !== 'function') throw new TypeError('createWebhookHandler: options.cache must be the result of createServerCache({ store }).');
  if (!secret || typeof secret.header !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(secret.header)) {
    throw new TypeError('createWebhookHandler: options.secret.header must be a header name (the one you passed in the hook’s `headers`).');
  }
  if (typeof secret.value !== 'string' || secret.value.length < 16) {
    throw new TypeError('createWebhookHandler: options.secret.value must be a random string of 16 or more characters (e.g. crypto.randomUUID()), set on each hook as a custom header.');
  }
  if (typeof storeHash !== 'string' || !/^[a-z0-9]{1,32}$/i.test(storeHash)) throw new TypeError(`createWebhookHandler: options.storeHash must be your store hash, got ${JSON.stringify(storeHash)}.`);
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const refuse = (status: number, reason: string) => {
    onEvent?.({ refused: status, reason });
    return answer(status, reason);
  };

  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } });
    if (!sameSecret(request.headers.get(secret.header) ?? '', secret.value)) return refuse(401, 'The webhook secret header is missing or wrong.');
    const body = await readBodyLimited(request, maxBodyBytes);
    if ('failure' in body) return refuse(body.failure === 'too-large' ? 413 : 400, 'The body is too large or not UTF-8.');
    let payload: WebhookPayload;
    try {
      payload = JSON.parse(body.text) as WebhookPayload;
    } catch {
      return refuse(400, 'The body is not JSON.');
    }
    if (!payload || typeof payload !== 'object' || typeof payload.scope !== 'string' || !payload.scope.startsWith('store/')) {
      return refuse(400, 'The body is not a BigCommerce webhook callback (no "scope").');
    }
    if (payload.producer !== undefined && payload.producer !== `stores/${storeHash}`) return refuse(400, 'The callback comes from another store.');
    const tags = webhookPurgeTags(payload);
    let purged = 0;
    try {
      if (tags.length) purged = await cache.purgeTags(tags);
    } catch {
      return refuse(503, 'The cache store is unavailable; BigCommerce will retry.');
    }
    onEvent?.({ scope: payload.scope, tags, purged });
    return answer(200);
  };
}
