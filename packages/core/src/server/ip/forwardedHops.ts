import { parseHopAddress } from './parseHopAddress.js';
import type { IpAddress } from './parseIp.js';

/** The most hops ever looked at, so a huge header costs bounded work. */
export const MAX_HOPS = 32;
// No real hop element is anywhere near this long; longer ones are treated as malformed unread.
const MAX_ELEMENT_LENGTH = 512;

/**
 * The addresses in an `X-Forwarded-For` value, rightmost (nearest) first, at most `MAX_HOPS`.
 * `null` marks a hop that is not a valid address: the walk must stop there. Empty list elements
 * are skipped, as RFC 9110 §5.6.1 requires of recipients.
 */
export function xForwardedForHops(value: string): (IpAddress | null)[] {
  return lastElements(value).map((element) => parseHopAddress(element));
}

/**
 * The `for=` addresses in an RFC 7239 `Forwarded` value, rightmost first, at most `MAX_HOPS`.
 * `null` marks an element without exactly one usable `for=` (missing, `unknown`, an obfuscated
 * `_identifier`, malformed): the walk must stop there.
 */
export function forwardedHops(value: string): (IpAddress | null)[] {
  return lastElements(value).map((element) => {
    const node = forwardedFor(element);
    if (node === null || node.startsWith('_') || node.toLowerCase() === 'unknown') return null;
    return parseHopAddress(node, { obfuscatedPort: true });
  });
}

// Splits on commas from the right. Each element is parsed on its own, so a stray quote or comma
// written by the client (on the left) can never change how the proxies' own elements (on the
// right) are read; a quoted comma, which no real `for=` value contains, just makes both halves
// malformed.
function lastElements(value: string): string[] {
  const out: string[] = [];
  let end = value.length;
  while (end >= 0 && out.length < MAX_HOPS) {
    const comma = end === 0 ? -1 : value.lastIndexOf(',', end - 1);
    const raw = value.slice(comma + 1, end);
    const element = trimOws(raw);
    if (element !== '') out.push(element.length > MAX_ELEMENT_LENGTH ? '\u0000' : element);
    if (comma === -1) break;
    end = comma;
  }
  return out;
}

function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value[start] === ' ' || value[start] === '\t')) start++;
  while (end > start && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
  return value.slice(start, end);
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

// The value of the single `for` parameter of one forwarded-element (`for=…;proto=…;by=…`), or null
// when it is missing, repeated or the element does not follow the grammar.
function forwardedFor(element: string): string | null {
  let found: string | null = null;
  let i = 0;
  while (i < element.length) {
    const eq = element.indexOf('=', i);
    if (eq === -1) return null;
    const name = trimOws(element.slice(i, eq));
    if (!TOKEN.test(name)) return null;
    let j = eq + 1;
    let paramValue: string;
    if (element[j] === '"') {
      let text = '';
      j++;
      for (;;) {
        if (j >= element.length) return null;
        const c = element[j]!;
        if (c === '"') break;
        if (c === '\\') {
          j++;
          if (j >= element.length) return null;
        }
        text += element[j];
        j++;
      }
      paramValue = text;
      j++;
    } else {
      const semi = element.indexOf(';', j);
      paramValue = element.slice(j, semi === -1 ? element.length : semi);
      j = semi === -1 ? element.length : semi;
      paramValue = trimOws(paramValue);
    }
    while (j < element.length && (element[j] === ' ' || element[j] === '\t')) j++;
    if (j < element.length) {
      if (element[j] !== ';') return null;
      j++;
    }
    if (name.toLowerCase() === 'for') {
      if (found !== null) return null;
      found = paramValue;
    }
    i = j;
  }
  return found;
}
