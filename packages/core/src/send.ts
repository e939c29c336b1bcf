import type { StorefrontError } from './errors/StorefrontError.js';
import { AbortError } from './errors/AbortError.js';
import { NetworkError } from './errors/NetworkError.js';
import { RateLimitError } from './errors/RateLimitError.js';
import { StorefrontHttpError } from './errors/StorefrontHttpError.js';
import { TimeoutError } from './errors/TimeoutError.js';
import type { ResolvedConfig, RetryOptions } from './resolveConfig.js';
import { parseRetryAfter, retryDelay } from './retryDelay.js';

/** One HTTP exchange as `send` performs it. Headers are already built and validated. */
export interface SendRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  correlationId: string;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Retry policy; pass `false` for anything that is not an idempotent read. */
  retry: Required<RetryOptions> | false;
}

/** A 2xx response, read in full. */
export interface SendResult {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON; `undefined` when it was not JSON. */
  json: unknown;
}

/** The first 200 characters of a body, whitespace collapsed, for error messages. */
export const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);

/**
 * The one place bc-headless calls `fetch`: per-attempt timeout, caller abort, retries with
 * backoff, and every failure turned into a typed error carrying the correlation id.
 * Rejects with `AbortError`, `TimeoutError`, `NetworkError`, `RateLimitError` or
 * `StorefrontHttpError` (any non-2xx), never with a bare `TypeError`.
 */
export async function send(config: ResolvedConfig, request: SendRequest): Promise<SendResult> {
  const { url, method, signal, correlationId, retry } = request;
  const timeoutMs = request.timeoutMs ?? config.timeoutMs;
  const doFetch = config.fetch ?? fetch;
  const aborted = () => new AbortError('request aborted by the caller', { correlationId }, signal!.reason);
  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw aborted();
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = setTimeout(abort, timeoutMs);
    signal?.addEventListener('abort', abort);
    let error: StorefrontError;
    let retryAfterMs: number | undefined;
    let retryable = true;
    try {
      const response = await doFetch(url, { method, headers: request.headers, body: request.body ?? null, signal: controller.signal });
      // Read the body under the same timer: a server that stalls mid-body times out too.
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {}
      const status = response.status;
      if (response.ok) return { status, headers: response.headers, text, json };
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      retryable = [429, 502, 503, 504].includes(status);
      error = new (status == 429 ? RateLimitError : StorefrontHttpError)(`${method} ${url}: HTTP ${status}`, {
        correlationId,
        status,
        excerpt: excerpt(text),
        body: json,
        retryAfterMs,
      });
    } catch (cause) {
      if (signal?.aborted) throw aborted();
      // Our controller aborted and the caller's signal did not: that was the timer.
      error = controller.signal.aborted
        ? new TimeoutError(`${url}: no answer within ${timeoutMs} ms`, { correlationId, timeoutMs })
        : new NetworkError(`${url}: unreachable`, { correlationId }, cause);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
    if (!retryable || !retry || attempt >= retry.retries) throw error;
    const delayMs = retryDelay(attempt, retry, retryAfterMs);
    config.logger?.warn?.('bc-headless: retrying a query', { correlationId, attempt: attempt + 1, delayMs, error });
    // Wait, but wake early when the caller aborts (the next loop turn then throws).
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, delayMs);
      signal?.addEventListener('abort', wake);
    });
  }
}
