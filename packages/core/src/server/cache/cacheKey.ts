/** What a cached answer depends on: the key holds all of it and nothing about who asked. */
export interface CacheKeyParts {
  storeHash: string;
  channelId: number;
  /** The printed document (`catalogOnlyQuery`). */
  document: string;
  operationName?: string | null;
  variables?: unknown;
  /** The request's `Accept-Language` locale, `null` for the store's default. */
  locale: string | null;
  /** The display currency asked for, `null` for the default. */
  currency: string | null;
}

// Same variables in another key order are the same request.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * The cache key of a catalog query: a SHA-256 (Web Crypto, so it runs on every server runtime)
 * of the store, channel, locale, currency, document, operation name and variables in a canonical
 * order. It never holds a correlation id, an IP, a token or any other per-request header, so two
 * shoppers asking the same thing share one entry.
 */
export async function cacheKey(parts: CacheKeyParts): Promise<string> {
  const text = JSON.stringify([1, parts.storeHash, parts.channelId, parts.locale, parts.currency, parts.operationName ?? null, parts.document, canonical(parts.variables ?? {})]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `gql:${hex}`;
}
