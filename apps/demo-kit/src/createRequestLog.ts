/** One request the storefront sent to its server, for the demos' "Requests" panel. */
export interface LoggedRequest {
  /** Increasing number, a stable list key. */
  id: number;
  /** GraphQL operation name (`BcHeadlessProducts`) or route (`POST /place-order`). */
  operation: string;
  /** The `X-Correlation-Id` the request carried. */
  correlationId: string | null;
  /** HTTP status, `null` while in flight or when no answer came. */
  status: number | null;
  durationMs: number | null;
  /** `true` when the request failed (network error or status 400+). */
  failed: boolean;
}

/** A small observable list of the latest requests, and a `fetch` that fills it. */
export interface RequestLog {
  /** Pass this as the core client's `config.fetch`. */
  fetch: typeof fetch;
  subscribe(listener: () => void): () => void;
  /** Newest first; a new array after each change (for `useSyncExternalStore` and friends). */
  getSnapshot(): readonly LoggedRequest[];
}

const operationOf = (url: string, method: string, body: unknown): string => {
  const path = new URL(url, 'http://x').pathname;
  if (path.endsWith('/graphql') && typeof body === 'string') {
    try {
      const { query, operationName } = JSON.parse(body) as { query?: string; operationName?: string };
      return operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(query ?? '')?.[1] ?? 'GraphQL';
    } catch {
      return 'GraphQL';
    }
  }
  return `${method} ${path.replace(/^.*\/api\/storefront/, '')}`;
};

/**
 * Records what the core client sends, read from the outgoing request itself (operation, the
 * `X-Correlation-Id` the client set), so the panel shows exactly what went over the wire. Pure:
 * the global `fetch` is looked up per call, not at creation.
 */
export function createRequestLog({ limit = 25, baseFetch }: { limit?: number; baseFetch?: typeof fetch } = {}): RequestLog {
  let entries: readonly LoggedRequest[] = [];
  let next = 1;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());
  const update = (id: number, patch: Partial<LoggedRequest>) => {
    entries = entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry));
    emit();
  };
  return {
    async fetch(input, init = {}) {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init.method ?? 'GET';
      const entry: LoggedRequest = {
        id: next++,
        operation: operationOf(url, method, init.body),
        correlationId: new Headers(init.headers).get('x-correlation-id'),
        status: null,
        durationMs: null,
        failed: false,
      };
      entries = [entry, ...entries].slice(0, limit);
      emit();
      const started = performance.now();
      try {
        const response = await (baseFetch ?? globalThis.fetch)(input, init);
        update(entry.id, { status: response.status, durationMs: Math.round(performance.now() - started), failed: response.status >= 400 });
        return response;
      } catch (error) {
        update(entry.id, { durationMs: Math.round(performance.now() - started), failed: true });
        throw error;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => entries,
  };
}
