/** A shopper's side of a demo server's storefront handler: JSON POSTs that keep cookies, as a browser does. */
export interface CookieClient {
  /** POSTs `body` as JSON to `{base}{route}`; stores the cookies it sets (drops those with Max-Age=0). */
  post(route: string, body: unknown): Promise<{ status: number; text: string }>;
  /** POSTs a GraphQL document to `{base}/graphql`. */
  gql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; text: string }>;
}

/** A cookie-keeping client of `base` (e.g. `${demo.url}/api/storefront`) that sends `headers` on every request. */
export function createCookieClient(base: string, headers: Record<string, string> = {}): CookieClient {
  const jar = new Map<string, string>();
  const client: CookieClient = {
    async post(route, body) {
      // A per-request timer cleared at once (AbortSignal.timeout's would stay alive for its whole
      // duration and show in the load test's heap comparison as if the server leaked).
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 15_000);
      const response = await fetch(`${base}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}) },
        body: JSON.stringify(body),
        signal: controller.signal,
      }).finally(() => clearTimeout(timer));
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair!.indexOf('=');
        if (/Max-Age=0/i.test(line)) jar.delete(pair!.slice(0, eq));
        else jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      return { status: response.status, text: await response.text() };
    },
    gql: (query, variables = {}) => client.post('/graphql', { query, variables }),
  };
  return client;
}
