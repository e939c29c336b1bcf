import { createUuid } from '../createUuid.js';
import { StorefrontHttpError } from '../errors/StorefrontHttpError.js';
import type { ResolvedConfig } from '../resolveConfig.js';
import { send } from '../send.js';

/** Per-call options of a route call. */
export interface RouteCallOptions {
  signal?: AbortSignal;
  /** A known `X-Correlation-Id` (a UUID) the server adopts; a fresh one otherwise. */
  correlationId?: string;
}

/** Calls the storefront handler's routes (`/api/storefront/...`) from the browser. */
export interface RouteCaller {
  /** The URL of `path` under the handler, e.g. `/api/storefront/checkout`. */
  url(path: string): string;
  /** Sends one JSON request and resolves with the JSON answer. Never retried. */
  call<T>(method: 'GET' | 'POST', path: string, body?: unknown, options?: RouteCallOptions): Promise<T>;
}

/** The handler's error answer: `{ error: { code, message, correlationId? } }`. */
interface RouteErrorBody {
  error?: { code?: string; message?: string; correlationId?: string };
  correlationId?: string;
}

/**
 * Creates the browser-side caller of the storefront handler's routes. It goes through the
 * core's transport (`config.fetch`, timeouts, typed errors) and sends `X-Correlation-Id`, which
 * the handler adopts, so one id follows an operation from the click to BigCommerce. No storefront
 * token is sent: the handler holds its own.
 */
export function createRouteCaller(config: ResolvedConfig, apiBase = '/api/storefront'): RouteCaller {
  const base = apiBase.replace(/\/+$/, '');
  const url = (path: string) => `${base}${path}`;
  return {
    url,
    async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, options: RouteCallOptions = {}) {
      const correlationId = options.correlationId ?? createUuid();
      try {
        const response = await send(config, { url: url(path), method, body, correlationId, signal: options.signal, retry: false });
        return response.json as T;
      } catch (error) {
        if (!(error instanceof StorefrontHttpError)) throw error;
        // Put the handler's own message and code on the error: "HTTP 401" alone says nothing.
        const answer = (error.body ?? {}) as RouteErrorBody;
        // Same class as thrown (a 429 stays a RateLimitError), with the handler's words.
        throw new (error.constructor as typeof StorefrontHttpError)(
          `${method} ${url(path)}: ${answer.error?.message ?? `HTTP ${error.status}`}`,
          {
            ...error, // status, excerpt, body, retryAfterMs: everything the transport found
            code: answer.error?.code,
            correlationId: answer.error?.correlationId ?? answer.correlationId ?? error.correlationId ?? correlationId,
          },
          error,
        );
      }
    },
  };
}
