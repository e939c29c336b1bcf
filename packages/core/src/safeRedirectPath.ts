const PROBE_ORIGIN = 'http://x.invalid';
const MAX_LENGTH = 2048;
// Each round of percent-decoding may uncover another encoded layer; more than this is an attack.
const MAX_DECODE_ROUNDS = 4;
// C0 controls, DEL and backslash: browsers strip tabs/newlines and read `\` as `/` in URLs, which
// turns `/\evil.com` or `/\t/evil.com` into `//evil.com`.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f\\]/;

/**
 * Returns `value` as a same-site relative path (`/path?query#hash`, normalised) when it is one, or
 * `fallback`. Refuses absolute and protocol-relative URLs and the backslash, control-character and
 * percent-encoded forms of them, so a `redirectTo` parameter can never send a shopper to another site.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (!isSafeLayers(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN || url.username !== '' || url.password !== '') return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments are resolved by the parser (`/..//evil.com` → `//evil.com`), so the result is
  // checked again, as every decoded form of it.
  return isSafeLayers(path) ? path : fallback;
}

// Checks the value and every percent-decoded layer of it.
function isSafeLayers(value: string): boolean {
  let current = value;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    if (!isSafeRelative(current)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

// A decoded layer is also resolved, because a server or browser that decodes once more would then
// resolve `/..//evil.com` (from `/%2e%2e%2f%2fevil.com`) to the protocol-relative `//evil.com`.
function isSafeRelative(value: string): boolean {
  if (!value.startsWith('/') || value[1] === '/' || UNSAFE_CHARS.test(value)) return false;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN && !url.pathname.startsWith('//');
  } catch {
    return false;
  }
}
