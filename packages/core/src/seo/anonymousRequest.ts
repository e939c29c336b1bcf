import type { RequestFn } from '../createClientCore.js';
import type { ServerClient } from '../server/createServerClient.js';

/** The second argument a crawler-file handler takes (as the storefront handler does). */
export interface SeoHandlerContext {
  /** The TCP peer's address (`toNodeHandler` passes it). */
  remoteAddress?: string;
}

/** A crawler or agent file as a Fetch API handler any framework can mount. */
export type SeoHandler = (request: Request, context?: SeoHandlerContext) => Promise<Response>;

/**
 * A GraphQL request function for a crawler file: anonymous (no customer token, so no customer
 * group's prices or hidden products end up in a public file) and sent with the server's own
 * address when the crawler's is unknown, since the data is the same for every visitor.
 * The client is only type-imported, so this entry stays browser-safe.
 */
export function anonymousRequest(client: ServerClient, request: Request, context: SeoHandlerContext | undefined, api: string): RequestFn {
  if (!client || typeof client.forRequest !== 'function') throw new TypeError(`${api}: options.client must be the result of createServerClient(config) from @bc-headless/core/server.`);
  return client.forRequest(request, { remoteAddress: context?.remoteAddress ?? '127.0.0.1', customerAccessToken: null }).request;
}

/** Plain-text error response for the crawler-file handlers. */
export const textResponse = (status: number, body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
