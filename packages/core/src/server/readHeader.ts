import { forEachHeader } from './forEachHeader.js';

/** Request headers as the server entry accepts them: Fetch `Headers`, or a Node-style record. */
export type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Anything with the `get` and `has` of Fetch `Headers` (what `readHeader` uses of them). */
export type HeaderReader = Pick<Headers, 'get' | 'has'>;

/** Anything carrying request headers: a Fetch `Request` or `{ headers }` (e.g. Node's `IncomingMessage`). */
export interface RequestLike {
  headers: HeaderSource | HeaderReader;
}

/**
 * Reads one header case-insensitively; several lines (or array values) are joined with `, ` in
 * order, as RFC 9110 §5.3 allows for list headers. Returns `null` when absent. Never throws.
 */
export function readHeader(source: RequestLike | HeaderSource | HeaderReader | null | undefined, name: string): string | null {
  try {
    const headers = source && 'headers' in source && isHeaderSource(source.headers) ? source.headers : source;
    if (!headers || typeof headers !== 'object') return null;
    if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).has === 'function') {
      return (headers as Headers).get(name);
    }
    const wanted = name.toLowerCase();
    const parts: string[] = [];
    forEachHeader(headers as HeaderSource, (key, value) => {
      if (key === wanted) parts.push(value);
    });
    return parts.length === 0 ? null : parts.join(', ');
  } catch {
    // A hostile getter or proxy object: treat the header as absent rather than fail the request.
    return null;
  }
}

function isHeaderSource(value: unknown): value is HeaderSource {
  return typeof value === 'object' && value !== null;
}
