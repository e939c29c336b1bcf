import { isCustomerAccessTokenValue } from '../customerAccessToken.js';

// Field names whose values are credentials wherever they appear, aliased or not.
const SECRET_FIELDS = new Set(['customerAccessToken', 'paymentAccessToken']);
// Cheap pre-check on the raw text so that ordinary responses (catalog reads) are passed through
// without a parse/serialise round trip: plain substring searches, then the token shape checked
// only around underscores (a regex scanning every position of a large body costs far more).
function suspicious(text: string): boolean {
  return text.includes('AccessToken') || text.includes('eyJ') || containsCustomerTokenShape(text);
}

const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

function containsCustomerTokenShape(text: string): boolean {
  for (let at = text.indexOf('_', 64); at !== -1; at = text.indexOf('_', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next < 48 || next > 57) continue;
    let hex = 0;
    while (hex < 64 && isHex(text.charCodeAt(at - 1 - hex))) hex++;
    if (hex === 64) return true;
  }
  return false;
}

/**
 * Removes credentials from a GraphQL response before it reaches a browser: any field named
 * `customerAccessToken`/`paymentAccessToken`, and any string that is a customer access token or a
 * payment access token JWT whatever its field is called (aliases), and any customer token quoted
 * inside a longer string. Returns the text unchanged when there is nothing to remove.
 */
export function scrubTokens(text: string): { text: string; scrubbed: boolean } {
  if (!suspicious(text)) return { text, scrubbed: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a credential cannot be located, so none of the text is passed on.
    return containsCustomerTokenShape(text) ? { text: '{"errors":[{"message":"response withheld"}]}', scrubbed: true } : { text, scrubbed: false };
  }
  let scrubbed = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const string: string = value;
      // Not the type guard itself: its false branch would narrow `string` to `never`.
      const isToken: boolean = isCustomerAccessTokenValue(string);
      if (isToken || isPaymentAccessToken(string)) {
        scrubbed = true;
        return null;
      }
      // A token quoted inside a longer string (an error message, say) is cut out of it.
      if (containsCustomerTokenShape(string)) {
        scrubbed = true;
        return string.replace(/[0-9a-fA-F]{64}_[0-9]+/g, '[redacted]');
      }
      return string;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        if (SECRET_FIELDS.has(key) && field != null) {
          scrubbed = true;
          out[key] = null;
        } else out[key] = walk(field);
      }
      return out;
    }
    return value;
  };
  const clean = walk(json);
  return scrubbed ? { text: JSON.stringify(clean), scrubbed } : { text, scrubbed };
}

// A payment access token is a JWT issued by payments.bigcommerce.com (shared/bigcommerce-api.md,
// "Complete checkout, then pay"); other JWTs (session-sync URLs) are left alone.
function isPaymentAccessToken(value: string): boolean {
  if (!/^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/.test(value) || value.length > 8192) return false;
  try {
    const payload = value.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload + '='.repeat((4 - (payload.length % 4)) % 4))) as { iss?: unknown };
    return claims.iss === 'payments.bigcommerce.com';
  } catch {
    return false;
  }
}
