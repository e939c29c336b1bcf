import { HeaderValidationError } from './errors/HeaderValidationError.js';

/** Extra headers a caller may add: a plain object, `[name, value]` pairs or a `Headers`. */
export type HeadersInput = Record<string, string> | Iterable<readonly [string, string]>;

/** What `buildRequestHeaders` turns into headers. Absent fields add no header. */
export interface RequestHeaderContext {
  /** `X-Correlation-Id`: a lower-case UUID. */
  correlationId: string;
  /** Sent as `Authorization: Bearer {storefrontToken}`. */
  storefrontToken?: string | undefined;
  /** A full `Authorization` value that wins over `storefrontToken` (e.g. `PAT …` for payments). */
  authorization?: string | undefined;
  /** `Accept`; defaults to `application/json`. */
  accept?: string | undefined;
  /** `X-Bc-Customer-Access-Token` (server side only: never hand it to browser code). */
  customerAccessToken?: string | undefined;
  /** `Accept-Language`, e.g. `fr` or `fr-CA`. */
  locale?: string | undefined;
  /** `X-BC-Trusted-Proxy-Secret` (server entry only). */
  trustedProxySecret?: string | undefined;
  /** `True-Client-IP`: the shopper's IP (server entry only). */
  trueClientIp?: string | undefined;
  /** Caller headers, merged case-insensitively; they can never set a header listed above. */
  headers?: HeadersInput | undefined;
}

// Headers bc-headless owns, in the order of the values below. A caller header with one of these
// names is refused even when the context leaves it unset, so a token or the proxy secret can
// never be smuggled in or replaced.
const OWNED = 'authorization content-type accept x-bc-customer-access-token accept-language x-correlation-id x-bc-trusted-proxy-secret true-client-ip'.split(' ');

/**
 * Builds the headers of one BigCommerce request (names in lower case, as `fetch` sends them):
 * a pure function shared by the browser client and the server entry. Throws
 * `HeaderValidationError` on an illegal name or value (CR/LF injection, control or non-Latin-1
 * characters) or on a caller header that would set one bc-headless owns.
 */
export function buildRequestHeaders(context: RequestHeaderContext): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: unknown, caller?: boolean) => {
    const lower = name.toLowerCase();
    const owned = caller && OWNED.includes(lower);
    // Only tab, visible ASCII and Latin-1 are legal in a value; CR/LF would inject headers.
    if (owned || !/^[\w!#$%&'*+.^`|~-]+$/.test(name) || typeof value != 'string' || /[^\t\x20-\x7e\x80-\xff]/.test(value))
      throw new HeaderValidationError(
        `buildRequestHeaders: header "${name}" ${owned ? 'is reserved: use the client option' : 'has illegal characters (CR/LF?)'}`,
        { header: name },
      );
    out[lower] = value;
  };
  const h = context.headers;
  for (const [name, value] of h ? (Symbol.iterator in h ? h : Object.entries(h)) : []) add(name, value, true);
  const token = context.storefrontToken;
  [
    context.authorization ?? (token && `Bearer ${token}`),
    'application/json',
    context.accept ?? 'application/json',
    context.customerAccessToken,
    context.locale,
    context.correlationId,
    context.trustedProxySecret,
    context.trueClientIp,
  ].forEach((value, i) => value != null && add(OWNED[i]!, value));
  // Without this BigCommerce silently treats a bad customer token as a guest instead of saying
  // so (docs/start/authentication/graphql-storefront.mdx).
  if (context.customerAccessToken) add('x-bc-error-on-invalid-customer-access-token', 'true');
  return out;
}
