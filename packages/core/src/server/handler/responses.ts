// The text of each answer the handler builds, so `toNodeHandler` can write it without reading the
// Response's body stream back (costly in Node 20). Weak: an answer nobody holds is forgotten.
const bodies = new WeakMap<Response, string>();

/** Handlers made by `createStorefrontHandler`: the ones `toNodeHandler` may ask for text-only answers. */
const storefrontHandlers = new WeakSet<object>();

/** Records a handler as made by `createStorefrontHandler`. */
export function markStorefrontHandler<T extends object>(handler: T): T {
  storefrontHandlers.add(handler);
  return handler;
}

/** Whether `handler` is one `createStorefrontHandler` made (not, say, an app's wrapper around one). */
export function isStorefrontHandler(handler: unknown): boolean {
  return typeof handler === 'function' && storefrontHandlers.has(handler);
}

/**
 * Context key by which `toNodeHandler` tells a handler of ours that it takes answers as
 * `BufferedAnswer`s and writes them itself. Module-private: not exported by the entry.
 */
export const TEXT_ONLY_ANSWERS: unique symbol = Symbol('bc-headless.textOnlyAnswers');

const BUFFERED = Symbol('bc-headless.bufferedAnswer');

/**
 * An answer as `toNodeHandler` writes it: status, header lines and text, with no `Response` built.
 * Only ever returned to `toNodeHandler` itself (see `textResponse`).
 */
export interface BufferedAnswer {
  readonly [BUFFERED]: true;
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly text: string;
}

/** What a route answers: a `Response`, or a `BufferedAnswer` when `toNodeHandler` asked for text-only answers. */
export type Answer = Response | BufferedAnswer;

/** Whether `answer` is a `BufferedAnswer`. */
export function isBufferedAnswer(answer: unknown): answer is BufferedAnswer {
  return typeof answer === 'object' && answer !== null && BUFFERED in answer;
}

/**
 * A Response with a text body whose text `toNodeHandler` can write directly (`bufferedBodyOf`),
 * without reading the body stream back.
 */
function bodiedResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  bodies.set(response, text);
  return response;
}

/**
 * An answer of text and header lines. With `textOnly` (only when `toNodeHandler` called a handler
 * of ours directly, so nobody else sees the answer) it is a `BufferedAnswer`: in Node 20 a
 * `Response` and its `Headers`, filled, validated and read back, cost about 26 µs per request on
 * the GraphQL pass-through.
 */
export function textResponse(text: string, init: { status: number; headers: [string, string][] }, textOnly = false): Answer {
  if (!textOnly) return bodiedResponse(text, init);
  // What Fetch adds for a string body, so both kinds of answer carry the same headers.
  const typed = init.headers.some(([name]) => name.toLowerCase() === 'content-type');
  return { [BUFFERED]: true, status: init.status, headers: typed ? init.headers : [...init.headers, ['content-type', 'text/plain;charset=UTF-8']], text };
}

/** The text a handler's `Response` was built from, if it was built here with a text body. */
export function bufferedBodyOf(response: Response): string | undefined {
  return bodies.get(response);
}

/** Headers every handler answer carries: never cached (they may set cookies or reflect a session). */
const BASE_HEADERS = { 'cache-control': 'no-store' };

/** A JSON answer. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const out = new Headers(headers);
  for (const [name, value] of Object.entries(BASE_HEADERS)) if (!out.has(name)) out.set(name, value);
  out.set('content-type', 'application/json; charset=utf-8');
  return bodiedResponse(JSON.stringify(body), { status, headers: out });
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
