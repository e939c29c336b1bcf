import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The runnable example of docs/server-rendering.md, as written (it imports the built package).
// @ts-expect-error: a plain .mjs file without types
import { createApp } from '../../docs/examples/ssr-product-page.mjs';

let sandbox: Sandbox;
let app: (request: Request, context: { remoteAddress: string }) => Promise<Response>;
beforeAll(async () => {
  sandbox = await createSandbox({ logger: { error() {}, warn() {}, info() {}, log() {} } as never });
  app = createApp({ storeHash: sandbox.storeHash, storefrontToken: sandbox.privateToken, graphqlUrl: `${sandbox.url}/graphql` });
});
afterAll(() => sandbox.close());

const get = (path: string, headers: Record<string, string> = {}) => app(new Request(`http://shop.test${path}`, { headers }), { remoteAddress: '127.0.0.1' });

describe('docs/examples/ssr-product-page.mjs', () => {
  it('renders a product page with its state, in the URL locale', async () => {
    const response = await get('/fr/house-blend/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Café mélange maison</h1>');
    expect(html).toContain('<link rel="alternate" hreflang="de" href="/de/house-blend/">');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('redirects / by Accept-Language, redirects BigCommerce redirects in the locale, and 404s the rest', async () => {
    expect((await get('/', { 'accept-language': 'de-AT, en;q=0.5' })).headers.get('location')).toBe('/de/');
    expect((await get('/fr/old-house-blend/')).headers.get('location')).toBe('/fr/house-blend/');
    expect((await get('/en/house-blend/')).headers.get('location')).toBe('/house-blend/');
    expect((await get('/no-such-thing/')).status).toBe(404);
    expect((await get('//evil.example/')).headers.get('location')).toBe('/');
  });
});
