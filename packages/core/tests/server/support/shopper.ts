import { request as httpRequest } from 'node:http';

/** A browser stand-in: keeps its cookies and comes from its own IP (via the trusted test proxy). */
export interface Shopper {
  ip: string;
  cookies: Map<string, string>;
  /** fetch relative to the handler's origin, with this shopper's cookies and X-Forwarded-For. */
  fetch(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Last raw Set-Cookie lines received. */
  lastSetCookies: string[];
}

/** Creates a shopper talking to `origin` from `ip` (omit the ip to be the test connection itself). */
export function createShopper(origin: string, ip?: string): Shopper {
  const shopper: Shopper = {
    ip: ip ?? '127.0.0.1',
    cookies: new Map(),
    lastSetCookies: [],
    async fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      if (ip) headers.set('x-forwarded-for', ip);
      // GETs are sent as a browser sends them, through node:http: Node's fetch would replace
      // Sec-Fetch-Mode with `cors`. Unless a test says otherwise, a GET is a page navigation.
      const navigation = (init.method ?? 'GET') === 'GET';
      if (navigation && !headers.has('sec-fetch-mode')) {
        headers.set('sec-fetch-mode', 'navigate');
        headers.set('sec-fetch-dest', 'document');
      }
      if (shopper.cookies.size) headers.set('cookie', [...shopper.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      let body = init.body;
      if (init.json !== undefined) {
        body = JSON.stringify(init.json);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      const target = path.startsWith('http') ? path : `${origin}${path}`;
      const response = navigation ? await navigate(target, headers) : await fetch(target, { ...init, headers, body: body ?? null, redirect: 'manual' });
      shopper.lastSetCookies = response.headers.getSetCookie();
      for (const line of shopper.lastSetCookies) {
        const [pair, ...attributes] = line.split('; ');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq);
        const value = pair!.slice(eq + 1);
        if (attributes.some((a) => a === 'Max-Age=0') || value === '') shopper.cookies.delete(name);
        else shopper.cookies.set(name, value);
      }
      return response;
    },
  };
  return shopper;
}

/** POSTs a GraphQL request through the handler as `shopper`. */
export async function gqlThrough(shopper: Shopper, api: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await shopper.fetch(`${api}/graphql`, { method: 'POST', json: { query, variables }, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** Creates a cart with one in-stock item through the handler; returns its id. */
export async function createCartThrough(stack: { api: string; sandbox: { store: { catalog: { products: readonly any[] } } } }, shopper: Shopper): Promise<string> {
  const product = stack.sandbox.store.catalog.products.find((p: any) => p.variants.some((v: any) => v.stock > 50))!;
  const variant = product.variants.find((v: any) => v.stock > 50)!;
  const created = await gqlThrough(shopper, stack.api, 'mutation ($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }', {
    input: { lineItems: [{ productEntityId: product.entityId, variantEntityId: variant.entityId, quantity: 1 }] },
  });
  const id = created.body.data?.cart?.createCart?.cart?.entityId as string | undefined;
  if (!id) throw new Error(`createCart failed: ${created.text}`);
  return id;
}

// A GET as a browser navigation would send it (node:http keeps our Sec-Fetch-* headers as given).
function navigate(url: string, headers: Headers): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: Object.fromEntries(headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) out.append(name, v);
        }
        const status = res.statusCode!;
        resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers: out }));
      });
    });
    req.on('error', reject);
    req.end();
  });
}
