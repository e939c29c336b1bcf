import { HeaderValidationError } from './errors/HeaderValidationError.js';

/** Extra headers a caller may add, as a plain object (`Object.fromEntries(headers)` for a `Headers`). */
export type HeadersInput = Record<string, string>;

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
  /**
   * Headers the server entry sets on every request of a client (the trusted-proxy pair), by
   * lower-case name: reserved like the ones above, so a caller header can never replace them.
   */
  serverHeaders?: Record<string, string | undefined> | undefined;
  /** Caller headers, merged case-insensitively; they can never set a header listed above. */
  headers?: HeadersInput | undefined;
}

/**
 * Builds the headers of one BigCommerce request (names in lower case, as `fetch` sends them):
 * a pure function shared by the browser client and the server entry. Throws
 * `HeaderValidationError` on an illegal name or value (CR/LF injection, control or non-Latin-1
 * characters) or on a caller header that would set one bc-headless owns.
 */
export function buildRequestHeaders(context: RequestHeaderContext): Record<string, string> {
  const token = context.storefrontToken;
  // The headers bc-headless owns. A caller header with one of these names is refused even when
  // its value here is unset, so a token or the proxy secret can never be smuggled in or replaced.
  const own: Record<string, string | undefined> = {
    // Never a caller's: only the server entry sets the trusted-proxy pair (as serverHeaders), and
    // browser code that tries is told so.
    'x-bc-trusted-proxy-secret': undefined,
    'true-client-ip': undefined,
    ...context.serverHeaders,
    authorization: context.authorization ?? (token && `Bearer ${token}`),
    'content-type': 'application/json',
    accept: context.accept ?? 'application/json',
    'x-bc-customer-access-token': context.customerAccessToken,
    // Without this BigCommerce silently treats a bad customer token as a guest instead of saying
    // so (docs/start/authentication/graphql-storefront.mdx).
    'x-bc-error-on-invalid-customer-access-token': context.customerAccessToken && 'true',
    'accept-language': context.locale,
    'x-correlation-id': context.correlationId,
  };
  const out: Record<string, string> = {};
  const add = (name: string, value: string | undefined, caller?: 1) => {
    const lower = name.toLowerCase();
    const reserved = caller && lower in own;
    // Only tab, visible ASCII and Latin-1 are legal in a value; CR/LF would inject headers.
    if (reserved || (value != null && (!/^[\w-]+$/.test(name) || /[^\t\x20-\x7e\x80-\xff]/.test(value))))
      throw new HeaderValidationError(`buildRequestHeaders: header "${name}" is ${reserved ? 'reserved: use the client option' : 'malformed (CR/LF?)'}`, {
        header: name,
      });
    if (value != null) out[lower] = value;
  };
  // Caller headers first, then ours; `for…in` rather than entries: no arrays built per request.
  for (const name in context.headers) add(name, context.headers[name], 1);
  for (const name in own) add(name, own[name]);
  return out;
}
