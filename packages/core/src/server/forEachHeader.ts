import type { HeaderSource } from './readHeader.js';

/**
 * Visits every header line of a Fetch `Headers` or a Node-style record, the one place where core
 * normalises them: names in lower case, one call per value (a record's array values are separate
 * lines, as Node gives repeated `Set-Cookie`), absent values and HTTP/2 pseudo-headers (`:path`,
 * which are not headers) skipped. Visits in the source's order; builds nothing.
 */
export function forEachHeader(source: HeaderSource, visit: (name: string, value: string) => void): void {
  if (typeof (source as Headers).forEach === 'function' && typeof (source as Headers).get === 'function') {
    // Headers already holds lower-case names and never a pseudo-header.
    (source as Headers).forEach((value, name) => visit(name, value));
    return;
  }
  for (const key of Object.keys(source)) {
    if (key.startsWith(':')) continue;
    const value = (source as Record<string, unknown>)[key];
    const name = key.toLowerCase();
    if (typeof value === 'string') visit(name, value);
    else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') visit(name, item);
  }
}
