/**
 * CSRF defence for state-changing routes: a browser sends `Origin` (and `Sec-Fetch-Site`) on every
 * cross-origin POST, so a request is accepted only when those name this site or an allowed origin.
 * Requests without either header (non-browser clients, old browsers) pass: they carry no ambient
 * credentials an attacker could ride on beyond what `SameSite=Lax` already withholds.
 */
export function isSameSiteRequest(request: Request, url: URL, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (allowedOrigins.includes(origin)) return true;
    try {
      // Host only: behind a TLS-terminating proxy the handler sees http:// while the browser says https://.
      return new URL(origin).host === url.host;
    } catch {
      return false;
    }
  }
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'same-site' || site === 'none';
}

/** Whether the request body is declared as JSON (a cross-site HTML form cannot send that without CORS). */
export function isJsonRequest(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return /^application\/(?:graphql-response\+)?json\s*(?:;|$)/i.test(type);
}
