import type { ResolvedConfig } from '../../resolveConfig.js';
import { send, type SendRequest, type SendResult } from '../../send.js';
import { cacheKey } from './cacheKey.js';
import { catalogOnlyQuery } from './catalogOnlyQuery.js';
import type { ServerCache } from './createServerCache.js';
import { entityTags } from './entityTags.js';

/** What an entry keeps of a BigCommerce answer. */
interface StoredAnswer {
  status: number;
  /** `content-type` and `x-bc-graphql-*`, the headers the handler passes back. */
  headers: [string, string][];
  text: string;
}

const KEPT_HEADER = /^(content-type|x-bc-graphql-.*)$/;

/**
 * `send`, with anonymous catalog reads going through the shared cache: a GraphQL POST to the
 * store's endpoint, carrying no customer access token, no caller headers and no other
 * authorization, whose document reads catalog data only (`catalogOnlyQuery`). Everything else is
 * sent as it is. A cached answer carries `X-Cache` (`HIT`, `MISS`, `STALE`) and `Age`; only a 200
 * with `data` and no `errors` is kept, tagged with the entities in it.
 */
export function createCachedSend(cache: ServerCache): typeof send {
  return async (config: ResolvedConfig, request: SendRequest): Promise<SendResult> => {
    const body = request.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    const anonymous = !request.customerAccessToken && request.headers === undefined && request.authorization === undefined;
    const document = anonymous && request.method === 'POST' && request.url === config.endpoints.graphql ? catalogOnlyQuery(body?.query, body?.operationName, body?.variables) : null;
    if (document === null) return send(config, request);

    const key = await cacheKey({
      storeHash: config.storeHash,
      channelId: config.channelId,
      document,
      operationName: typeof body?.operationName === 'string' ? body.operationName : null,
      variables: body?.variables,
      locale: request.locale ?? null,
      currency: null,
    });
    const answer = await cache.fetch(key, async () => {
      // Sent without the caller's signal: one shopper leaving must not fail the others waiting on it.
      const result = await send(config, { ...request, signal: undefined });
      const json = result.json as { data?: unknown; errors?: unknown[] } | undefined;
      const headers: [string, string][] = [];
      result.headers.forEach((value, name) => {
        if (KEPT_HEADER.test(name)) headers.push([name, value]);
      });
      const stored: StoredAnswer = { status: result.status, headers, text: result.text };
      return {
        value: JSON.stringify(stored),
        tags: entityTags(json?.data),
        cacheable: result.status === 200 && json?.data != null && !json.errors?.length,
      };
    });
    const stored = JSON.parse(answer.value) as StoredAnswer;
    const headers = new Headers(stored.headers);
    headers.set('x-cache', answer.status);
    headers.set('age', String(answer.age));
    let json: unknown;
    try {
      json = JSON.parse(stored.text);
    } catch {
      json = undefined;
    }
    return { correlationId: request.correlationId, status: stored.status, headers, text: stored.text, json };
  };
}
