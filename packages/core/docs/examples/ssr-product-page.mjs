// A server-rendered product page with nothing but node:http and @bc-headless/core (see
// ../server-rendering.md). Run it from packages/core after `pnpm exec turbo run build --filter=@bc-headless/core`:
//   node docs/examples/ssr-product-page.mjs
// With no BIGCOMMERCE_* variables it starts a bc-sandbox store in-process; then open the printed URL.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { dehydrate, QueryClient } from '@tanstack/query-core';
import { resolveRoute } from '@bc-headless/core/queries';
import { createLocaleRouting } from '@bc-headless/core/routing';
import { createServerClient, createStorefrontServer, dehydratedStateScript, negotiateLocale, toNodeHandler } from '@bc-headless/core/server';

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The app: a Fetch-style `(request, { remoteAddress }) => Response`, mounted with toNodeHandler. */
export function createApp({ storeHash, storefrontToken, graphqlUrl, trustedProxySecret, locales = ['en', 'fr', 'de'] }) {
  const client = createServerClient({
    storeHash,
    storefrontToken, // a private token: this runs on the server
    ...(graphqlUrl ? { endpoints: { graphql: graphqlUrl } } : {}),
    ...(trustedProxySecret ? { trustedProxySecret } : {}),
    trustedProxies: ['loopback'], // a reverse proxy on this machine writes X-Forwarded-For
    forwardingHeader: 'x-forwarded-for',
  });
  const routing = createLocaleRouting({ locales, defaultLocale: locales[0] });
  // One configuration: the handler at /api/storefront and the render read the same cookies.
  const storefront = createStorefrontServer({ client, queryClient: () => new QueryClient() });
  const redirect = (location, status = 302) => new Response(null, { status, headers: { location } });

  return async function app(request, { remoteAddress } = {}) {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/storefront/')) return storefront.handler(request, { remoteAddress });
    const home = negotiateLocale(request, routing); // `/` → `/fr/` for a French browser
    if (home) return redirect(home);
    const { locale, path, canonical } = routing.parse(url);
    if (!canonical) return redirect(routing.href(path, locale), 301);

    const ctx = storefront.requestContext(request, { remoteAddress, locale });
    const route = await resolveRoute(ctx.client, path, { locale, routing });
    if (route.kind === 'redirect') return redirect(route.location, route.status);
    if (route.kind !== 'product') return new Response('<!doctype html><h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });

    // Everything the page shows, in one GraphQL request, into the QueryClient the page hydrates.
    await ctx.prefetchView({ settings: true, product: route.entityId, cart: true });
    const product = ctx.queryClient.getQueryData(ctx.queries.product(route.entityId, ctx.state).queryKey);
    const nonce = randomBytes(16).toString('base64');
    const alternates = routing.alternates(route.path).map((a) => `<link rel="alternate" hreflang="${a.locale}" href="${escapeHtml(a.href)}">`);
    const html = `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(product.name)}</title>${alternates.join('')}</head>
<body><h1>${escapeHtml(product.name)}</h1><p>${escapeHtml(product.prices?.price.value ?? '')} ${escapeHtml(product.prices?.price.currencyCode ?? '')}</p>
${dehydratedStateScript(dehydrate(ctx.queryClient), { nonce })}</body></html>`;
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `script-src 'nonce-${nonce}'` } });
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let config = {
    storeHash: process.env.BIGCOMMERCE_STORE_HASH,
    storefrontToken: process.env.BIGCOMMERCE_STOREFRONT_TOKEN,
    trustedProxySecret: process.env.BIGCOMMERCE_TRUSTED_PROXY_SECRET,
  };
  if (!config.storeHash) {
    const { createSandbox } = await import('@bc-headless/sandbox');
    const sandbox = await createSandbox();
    config = { storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, graphqlUrl: `${sandbox.url}/graphql` };
  }
  const server = createServer(toNodeHandler(createApp(config), { basePath: '' })); // every path: the app routes
  server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/house-blend/`));
}
