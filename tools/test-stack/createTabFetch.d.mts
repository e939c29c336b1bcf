/** One request the tab sent to the storefront server. */
export interface SentRequest {
  method: string;
  path: string;
  /** The GraphQL operation name for `/graphql`, else null. */
  operationName: string | null;
  correlationId: string | null;
}

/** A tab's cookie jar, a `fetch` that keeps it, and the list of what was sent. */
export function createTabFetch(): { cookies: Map<string, string>; sent: SentRequest[]; fetch: typeof fetch };
