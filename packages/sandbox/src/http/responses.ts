import type { SandboxResponse } from '../SandboxRequest.js';

/** The `type` link BigCommerce's REST error bodies carry (docs/start/about/status-codes.mdx). */
export const BC_ERROR_TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

/** A JSON response. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** An HTML page response; pages never allow framing or inline scripts from elsewhere. */
export function htmlResponse(status: number, body: string, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      ...headers,
    },
    body,
  };
}

/** BigCommerce's v3 error body `{ status, title, type, detail?, errors? }`. */
export function bcError(
  status: number,
  title: string,
  extra: { detail?: string; code?: number; errors?: Record<string, string> } = {},
  headers: Record<string, string> = {},
): SandboxResponse {
  return jsonResponse(status, { status, title, type: BC_ERROR_TYPE, ...extra }, headers);
}

/** Parses a JSON request body; `undefined` when it is empty or not JSON. */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
