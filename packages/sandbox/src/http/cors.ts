import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';

/**
 * Request headers a browser may send to the storefront GraphQL API. The trusted-proxy headers are
 * deliberately absent: they belong to a merchant's server, never to browser JavaScript.
 */
const ALLOWED_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'x-bc-customer-access-token',
  'x-bc-error-on-invalid-customer-access-token',
  'x-correlation-id',
];

/** Response headers a browser app may read (BigCommerce's GraphQL response headers). */
const EXPOSED_HEADERS = [
  'x-bc-graphql-complexity',
  'x-bc-graphql-query-hash',
  'x-bc-graphql-variables-hash',
  'x-bc-graphql-operation-type',
  'x-bc-graphql-operation-name',
];

/** True for paths a browser may call cross-origin: the storefront GraphQL API only, as on BigCommerce. */
export function isCorsPath(pathname: string): boolean {
  return pathname === '/graphql';
}

/** CORS headers for an actual (non-preflight) response to a cross-origin request. */
export function corsHeaders(req: SandboxRequest): Record<string, string> {
  const origin = req.headers['origin'];
  if (!origin || !isCorsPath(req.url.pathname)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    vary: 'Origin',
  };
}

/** Answers a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`) for the GraphQL API. */
export function preflightResponse(req: SandboxRequest): SandboxResponse {
  const origin = req.headers['origin'] ?? '*';
  return {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
      'access-control-max-age': '600',
      vary: 'Origin',
    },
  };
}
