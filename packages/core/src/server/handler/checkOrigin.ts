/**
 * CSRF defence for state-changing routes: a browser sends `Origin` (and `Sec-Fetch-Site`) on every
 * cross-origin POST, so a request is accepted only when those name this site or an allowed origin.
 * Requests without either header (non-browser clients, old browsers) pass: they carry no ambient
 * credentials an attacker could ride on beyond what `SameSite=Lax` already withholds.
 */
export function isSameSiteRequest(request: Request, host: string, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (allowedOrigins.includes(origin)) return true;
    // Host only (`host` is the request URL's): behind a TLS-terminating proxy the handler sees
    // http:// while the browser says https://. `null` and other non-URLs are refused.
    return URL.parse(origin)?.host === host;
  }
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'same-site' || site === 'none';
}

/** Whether the request body is declared as JSON (a cross-site HTML form cannot send that without CORS). */
export function isJsonRequest(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i.test(type);
}

/**
 * Whether a GET is a top-level navigation. Browsers say so in `Sec-Fetch-Mode`/`Sec-Fetch-Dest`;
 * GET routes with side effects refuse anything else, so that `<img src=…/session-sync?jwt=bad>` on
 * another site cannot spend a shopper's session-sync attempts (three lock their IP out) or sign
 * them out. Requests without these headers (older browsers, non-browsers) pass.
 */
export function isNavigationRequest(request: Request): boolean {
  const mode = request.headers.get('sec-fetch-mode');
  const dest = request.headers.get('sec-fetch-dest');
  return (mode === null || mode === 'navigate') && (dest === null || dest === 'document');
}
