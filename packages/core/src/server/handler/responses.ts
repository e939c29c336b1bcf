/** Headers every handler answer carries: never cached (they may set cookies or reflect a session). */
const BASE_HEADERS = { 'cache-control': 'no-store' };

/** A JSON answer. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const out = new Headers(headers);
  for (const [name, value] of Object.entries(BASE_HEADERS)) if (!out.has(name)) out.set(name, value);
  out.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: out });
}

/** An error answer: `{ error: { code, message, correlationId? } }`. */
export function errorResponse(status: number, code: string, message: string, extra: { correlationId?: string | undefined; headers?: HeadersInit; [field: string]: unknown } = {}): Response {
  const { headers, ...fields } = extra;
  if (fields.correlationId === undefined) delete fields.correlationId;
  return jsonResponse(status, { error: { code, message, ...fields } }, headers);
}

/** A 302 to `location`, with any `Set-Cookie` lines. */
export function redirectResponse(location: string, setCookies: string[] = [], status = 302): Response {
  const headers = new Headers(BASE_HEADERS);
  headers.set('location', location);
  for (const cookie of setCookies) headers.append('set-cookie', cookie);
  return new Response(null, { status, headers });
}

/** A 405 naming the allowed methods. */
export function methodNotAllowed(allowed: string[]): Response {
  return errorResponse(405, 'METHOD_NOT_ALLOWED', `Use ${allowed.join(' or ')} for this route.`, { headers: { allow: allowed.join(', ') } });
}
