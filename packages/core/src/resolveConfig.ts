import { StorefrontConfigError } from './errors/StorefrontConfigError.js';

/** Retry policy for GraphQL queries (mutations and payments are never retried). */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** Backoff base: attempt n waits a random time up to `baseDelayMs * 2 ** n` (default 300). */
  baseDelayMs?: number;
  /** Upper bound of one backoff wait (default 5000). `Retry-After` is capped at 30 s. */
  maxDelayMs?: number;
}

/** Something that receives bc-headless's log lines; `console` fits. */
export interface StorefrontLogger {
  warn?(message: string, details: Record<string, unknown>): void;
}

/** Options of `createStorefrontClient`. */
export interface StorefrontClientConfig {
  /** The store hash, as in `https://api.bigcommerce.com/stores/{storeHash}/`. */
  storeHash: string;
  /** The channel to talk to (default 1, the default storefront channel). */
  channelId?: number;
  /** A storefront API token; required unless `endpoints.graphql` is your own proxy. */
  storefrontToken?: string;
  /** Override BigCommerce's hosts, e.g. with a proxy or the local sandbox. */
  endpoints?: { graphql?: string; payments?: string };
  /** Default `Accept-Language`, e.g. `fr`. */
  locale?: string;
  /** The `fetch` to use (default the global one). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Retry policy for queries, or `false` for none. */
  retry?: RetryOptions | false;
  /** Receives a line per retry. */
  logger?: StorefrontLogger;
  /** Turns a `DocumentNode` without source text (gql.tada, codegen ASTs) into a string. */
  print?: (document: any) => string;
}

/** A validated config with every default filled in. */
export interface ResolvedConfig {
  storeHash: string;
  channelId: number;
  storefrontToken?: string;
  endpoints: { graphql: string; payments: string };
  locale?: string;
  fetch?: typeof fetch;
  timeoutMs: number;
  retry: Required<RetryOptions> | false;
  logger?: StorefrontLogger;
  print?: (document: any) => string;
}

/**
 * Validates a client config and fills in defaults; throws `StorefrontConfigError` naming the
 * field, what it must be and the value received (of a token, its type). Shared with the server
 * entry, which validates once per app.
 */
export function resolveConfig(config: StorefrontClientConfig, api = 'createStorefrontClient'): ResolvedConfig {
  const check = (ok: unknown, field: string, expected: string, got: unknown) => {
    if (!ok) throw new StorefrontConfigError(`${api}: config.${field} must be ${expected}; got ${JSON.stringify(got) ?? String(got)}`, { field: `config.${field}` });
  };
  const { storeHash, channelId = 1, storefrontToken, endpoints = {}, locale, timeoutMs = 3e4, retry = {} } = (config ||= {} as StorefrontClientConfig);
  check(/^[a-z\d]+$/i.test(storeHash ?? ''), 'storeHash', 'your store hash (letters and digits)', storeHash);
  check(Number.isInteger(channelId) && channelId > 0, 'channelId', 'a positive integer', channelId);
  check(
    storefrontToken == null ? endpoints.graphql : typeof storefrontToken == 'string' && storefrontToken,
    'storefrontToken',
    'a token, unless endpoints.graphql is your own proxy',
    // Never the token itself: it would end up in logs.
    typeof storefrontToken,
  );
  // Absolute http(s) URLs, or a same-origin path such as /api/graphql for a browser proxy.
  for (const key of ['graphql', 'payments'] as const)
    check(endpoints[key] == null || /^(https?:\/)?\/[^/]/.test(endpoints[key]), `endpoints.${key}`, 'an http(s) URL or /path', endpoints[key]);
  check(timeoutMs > 0 && timeoutMs < 1 / 0, 'timeoutMs', 'a positive number', timeoutMs);
  // `locale` and the `retry` numbers are checked by the server client and the query layer
  // (checkLocaleAndRetry), not here: they do not fit the browser entry's size budget
  // (bench/size.mjs). `locale` is checked as a header value before each request, and a `retries`
  // that is not a number means no retry (send.ts).
  const policy = retry && { retries: 2, baseDelayMs: 300, maxDelayMs: 5e3, ...retry };
  const hash = storeHash.toLowerCase();
  return {
    ...config,
    storeHash: hash,
    channelId,
    endpoints: {
      graphql: endpoints.graphql ?? `https://store-${hash}${channelId > 1 ? `-${channelId}` : ''}.mybigcommerce.com/graphql`,
      payments: endpoints.payments ?? `https://payments.bigcommerce.com/stores/${hash}/payments`,
    },
    timeoutMs,
    retry: policy,
  };
}
