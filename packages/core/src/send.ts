import type { StorefrontError } from './errors/StorefrontError.js';
import { AbortError } from './errors/AbortError.js';
import { NetworkError } from './errors/NetworkError.js';
import { RateLimitError } from './errors/RateLimitError.js';
import { StorefrontHttpError } from './errors/StorefrontHttpError.js';
import { TimeoutError } from './errors/TimeoutError.js';
import { buildRequestHeaders, type RequestHeaderContext } from './buildRequestHeaders.js';
import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import type { ResolvedConfig, RetryOptions } from './resolveConfig.js';
import { parseRetryAfter, retryDelay } from './retryDelay.js';

/**
 * One HTTP exchange as `send` performs it: the header context (see `buildRequestHeaders`; its
 * `headers` are the caller's extra headers) plus the request itself.
 */
export interface SendRequest extends RequestHeaderContext {
  url: string;
  method: string;
  /** Serialised with `JSON.stringify` (a string body is sent as a JSON string). */
  body?: unknown;
  /** A 2xx whose body is not JSON (a proxy's maintenance page) is then a `StorefrontHttpError`. */
  expectJson?: boolean;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Retry policy; pass `false` for anything that is not an idempotent read. */
  retry: Required<RetryOptions> | false;
}

/** A 2xx response, read in full. */
export interface SendResult {
  correlationId: string;
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; `undefined` when it was not JSON. */
  json: unknown;
}

/**
 * The one place bc-headless calls `fetch`: per-attempt timeout, caller abort, retries with
 * backoff, and every failure turned into a typed error carrying the correlation id.
 * Rejects with `AbortError`, `TimeoutError`, `NetworkError`, `RateLimitError` or
 * `StorefrontHttpError` (any non-2xx), never with a bare `TypeError`.
 */
export async function send(config: ResolvedConfig, request: SendRequest): Promise<SendResult> {
  const { url, method, signal, correlationId, retry } = request;
  const timeoutMs = request.timeoutMs ?? config.timeoutMs;
  // Both throw before anything is sent: a bad header or body never reaches the network.
  const headers = buildRequestHeaders(request);
  let body: string | undefined;
  try {
    body = JSON.stringify(request.body);
  } catch (cause) {
    throw new StorefrontConfigError('request: body is not JSON', { field: 'body', correlationId }, cause);
  }
  // The last attempt's error; a retry waits as long as its Retry-After asks, if it had one.
  let error: StorefrontError & { retryAfterMs?: number | undefined };
  for (let attempt = 0; ; attempt++) {
    // One controller per attempt, aborted by the caller's signal or this attempt's own timeout
    // (by hand rather than AbortSignal.any/timeout, which Safari before 17.4 lacks). The one
    // listener on the caller's signal also covers the backoff, and is removed below: a long-lived
    // signal shared by many retried requests collects nothing.
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retryable = true;
    try {
      // Before a retry: the backoff, woken early when the caller aborts.
      if (attempt)
        await new Promise((resolve) => {
          timer = setTimeout(resolve, retryDelay(attempt - 1, retry as Required<RetryOptions>, error.retryAfterMs));
          controller.signal.onabort = resolve;
        });
      if (signal?.aborted) throw signal.reason; // reported as AbortError below, before anything is sent
      timer = setTimeout(abort, timeoutMs);
      // Never follow a redirect: it would carry the secret, the customer's token and the body to
      // wherever the Location points (fetch keeps custom headers across origins), and turn a POST
      // into a GET on 301/302. BigCommerce's APIs answer in place. `manual`, so that the error can
      // say so: Node hands back the 3xx itself, a browser an opaque response of status 0.
      const response = await (config.fetch ?? fetch)(url, { method, headers, body, signal: controller.signal, redirect: 'manual' });
      // Read the body under the same signal: a server that stalls mid-body times out too.
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {}
      const status = response.status;
      // A GraphQL answer is an object: a 2xx of `null`, `0` or `""` is no more an answer than HTML.
      if (response.ok && (json || !request.expectJson)) return { correlationId, status, headers: response.headers, text, json };
      retryable = status == 429 || (status > 501 && status < 505);
      error = new (status == 429 ? RateLimitError : StorefrontHttpError)(
        `${method} ${url}: HTTP ${status}${status < 400 ? ' (a redirect: never followed)' : ''}`,
        { correlationId, status, excerpt: text.slice(0, 200), body: json, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) },
      );
    } catch (cause) {
      if (signal?.aborted) throw new AbortError('aborted', { correlationId }, signal.reason);
      // Our controller fired and the caller's signal did not: that was the timer.
      error = controller.signal.aborted
        ? new TimeoutError(`${url}: timeout`, { correlationId, timeoutMs })
        : new NetworkError(`${url}: network error`, { correlationId }, cause);
    } finally {
      clearTimeout(timer);
      // Not `controller.abort()`: aborting a finished fetch's signal makes undici run its abort
      // path and build a DOMException on every request (see BENCHMARKS.md, client overhead).
      signal?.removeEventListener('abort', abort);
    }
    // Written as `!(… attempt < retries)` so a `retries` that is not a number (NaN, an explicit
    // undefined) means no retry rather than retrying forever.
    if (!(retryable && retry && attempt < retry.retries)) throw error;
    config.logger?.warn?.('bc-headless: retry', { correlationId, error });
  }
}
