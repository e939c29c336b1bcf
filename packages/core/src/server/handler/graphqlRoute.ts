import { StorefrontHttpError } from '../../errors/StorefrontHttpError.js';
import { passedBackResponseHeaderPairs } from '../headerPolicy.js';
import { clearSessionCookie } from '../sessionCookie.js';
import { isJsonRequest } from './checkOrigin.js';
import { errorToResponse } from './errorToResponse.js';
import type { HandlerContext } from './HandlerContext.js';
import { readBodyLimited } from './readBodyLimited.js';
import { errorResponse, methodNotAllowed } from './responses.js';
import { scrubTokens } from './scrubTokens.js';

/**
 * `POST /graphql`: forwards one GraphQL request with the server-side headers (token from the
 * cookie, secret, True-Client-IP, locale, correlation id) and none of the browser's, and passes
 * back status, body (credentials removed) and `X-Bc-Graphql-*`.
 */
export async function graphqlRoute(ctx: HandlerContext): Promise<Response> {
  const { request, options, scoped } = ctx;
  if (request.method !== 'POST') return methodNotAllowed(['POST']);
  if (!isJsonRequest(request)) return errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the GraphQL request as Content-Type: application/json.');
  const body = await readBodyLimited(request, options.maxBodyBytes);
  if ('failure' in body) {
    return body.failure === 'too-large'
      ? errorResponse(413, 'PAYLOAD_TOO_LARGE', `GraphQL requests are limited to ${options.maxBodyBytes} bytes.`)
      : errorResponse(400, 'BAD_REQUEST', 'The request body could not be read as UTF-8.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    return errorResponse(400, 'BAD_REQUEST', 'The body is not JSON; send { "query": "…", "variables": { … } }.');
  }
  if (Array.isArray(parsed)) return errorResponse(400, 'BATCH_NOT_SUPPORTED', 'Batched GraphQL requests are not supported; send one operation per request.');
  const { query, variables, operationName } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim() === '') return errorResponse(400, 'BAD_REQUEST', 'The body needs a "query" string.');
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return errorResponse(400, 'BAD_REQUEST', '"variables" must be an object.');
  if (operationName != null && typeof operationName !== 'string') return errorResponse(400, 'BAD_REQUEST', '"operationName" must be a string.');
  // Only the three standard members are forwarded (no `extensions`, nothing else the browser adds);
  // an absent one is `undefined`, which JSON leaves out: one object shape for every request.
  const upstreamBody = { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined, operationName: operationName ?? undefined };

  let status: number;
  let text: string;
  let upstreamHeaders: Headers;
  try {
    const result = await scoped.forward(upstreamBody, { signal: request.signal });
    if (typeof result.json !== 'object' || result.json === null || Array.isArray(result.json)) {
      // A 2xx that is not a whole JSON object (a maintenance page, a body cut short) is not a
      // GraphQL answer to pass on; a 502 is one the browser's client retries.
      options.onError?.(new Error(`POST /graphql: upstream answered HTTP ${result.status} without JSON`), { route: '/graphql', correlationId: scoped.correlationId });
      return errorResponse(502, 'UPSTREAM_ERROR', 'BigCommerce did not answer with JSON.', { correlationId: scoped.correlationId });
    }
    ({ status, text } = result);
    upstreamHeaders = result.headers;
  } catch (error) {
    // A 4xx from BigCommerce (e.g. 401 for a bad storefront token, 429) is the browser's answer too.
    if (!(error instanceof StorefrontHttpError) || error.status >= 500 || error.body === undefined) {
      options.onError?.(error, { route: '/graphql', correlationId: scoped.correlationId });
      return errorToResponse(error, scoped.correlationId);
    }
    status = error.status;
    text = JSON.stringify(error.body);
    upstreamHeaders = new Headers();
    const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
    if (retryAfterMs !== undefined) upstreamHeaders.set('retry-after', String(Math.ceil(retryAfterMs / 1000)));
    upstreamHeaders.set('content-type', 'application/json');
  }
  const headers = passedBackResponseHeaderPairs(upstreamHeaders, [
    ['x-correlation-id', scoped.correlationId],
    ['cache-control', 'no-store'],
  ]);
  if (scoped.customerAccessToken && /_CUSTOMER_ACCESS_TOKEN"/.test(text)) {
    // BigCommerce no longer accepts the cookie's token (expired, signed out elsewhere): drop it.
    headers.push(['set-cookie', clearSessionCookie(scoped.cookie)]);
  }
  // Passed on as the text BigCommerce sent (its tokens removed), not re-serialised.
  return new Response(scrubTokens(text).text, { status, headers });
}
