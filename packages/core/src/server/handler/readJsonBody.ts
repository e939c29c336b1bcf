import { isJsonRequest } from './checkOrigin.js';
import type { HandlerContext } from './HandlerContext.js';
import { readBodyLimited } from './readBodyLimited.js';
import { errorResponse } from './responses.js';

/** Reads a small JSON object body, or returns the error answer to send instead. */
export async function readJsonBody(ctx: HandlerContext): Promise<Record<string, unknown> | Response> {
  if (!isJsonRequest(ctx.request)) return errorResponse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json.');
  const body = await readBodyLimited(ctx.request, ctx.options.maxBodyBytes);
  if ('failure' in body) {
    return body.failure === 'too-large'
      ? errorResponse(413, 'PAYLOAD_TOO_LARGE', `Request bodies are limited to ${ctx.options.maxBodyBytes} bytes.`)
      : errorResponse(400, 'BAD_REQUEST', 'The request body could not be read as UTF-8.');
  }
  try {
    const value = JSON.parse(body.text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  return errorResponse(400, 'BAD_REQUEST', 'The body must be a JSON object.');
}
