import { expect, graphqlSince, lastLogId, test } from '../support/fixtures.js';

// Server rendering, for the storefronts marked `ssr: true` in e2e/storefronts.ts (playwright.config.ts
// ignores this file for the others). Only URLs, statuses, accessible names and standard head markup:
// any framework's server-rendered demo passes these unchanged.

/** The JSON-LD objects of the page's head, by `@type`. */
async function jsonLd(page: import('@playwright/test').Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('server rendering: pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('home, a category, a search and a product show products, prices and stock with no script run', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toContainText('$14.00');
    await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Coffee', exact: true })).toBeVisible();

    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Outdoor', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outdoor' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Enamel Trail Mug/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toHaveCount(0);

    await page.goto('/search?q=grinder');
    await expect(page.getByRole('link', { name: /Burr Hand Grinder/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Enamel Trail Mug/ })).toHaveCount(0);

    await page.goto('/');
    await page.getByRole('link', { name: /House Blend Coffee/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'House Blend Coffee' })).toBeVisible();
    await expect(page.getByText('$14.00').first()).toBeVisible();
    await expect(page.getByText('In stock')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible();
  });
  test('add to cart, change the quantity and remove work as plain forms', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Enamel Trail Mug/ }).click();
    await page.getByRole('radio', { name: 'Ember' }).check();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await expect(page.getByText(/Ember/)).toBeVisible();
    await page.getByRole('button', { name: /more Enamel Trail Mug/i }).click();
    await expect(page.getByRole('link', { name: 'Cart (2)' })).toBeVisible();
    await page.getByRole('button', { name: /less Enamel Trail Mug/i }).click();
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    // Checkout renders with the cart's checkout, and says it needs JavaScript.
    await page.goto('/checkout');
    await expect(page.getByLabel('Card number')).toBeVisible();
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await page.goto('/cart');
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('link', { name: 'Cart (0)' })).toBeVisible();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
  });

  test('sign in works as a plain form; a wrong password says so', async ({ page, baseURL }) => {
    await page.goto('/login?redirectTo=//evil.example/steal');
    await page.getByLabel('Email').fill('jane@example.com');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await page.getByLabel('Email').fill('jane@example.com');
    await page.getByLabel('Password').fill('Shopper123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByText(/Jane/).first()).toBeVisible();
    // Only a same-site redirectTo is followed.
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jane');
    await expect(page.getByText('jane@example.com')).toBeVisible();
  });

  test('/account sends a guest to sign in first', async ({ page, request }) => {
    const guest = await request.get('/account', { maxRedirects: 0 });
    expect(guest.status()).toBe(302);
    expect(guest.headers()['location']).toMatch(/\/login\?redirectTo=%2Faccount$/);
    await page.goto('/fr/account');
    await expect(page).toHaveURL(/\/fr\/login\?redirectTo=%2Faccount$/);
  });
});

test.describe('server rendering: hydration, statuses, head, crawler files', () => {
  test('the browser hydrates the first view without a single GraphQL request; the server sent one', async ({ page, stack }) => {
    const fromBrowser: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/graphql')) fromBrowser.push(request.url());
    });
    // A hydration mismatch is reported (React 19's recoverable errors: reportError / the console).
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const since = await lastLogId(stack);
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(fromBrowser).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(graphqlSince(await stack.requests(), since).map((r) => r.operationName)).toEqual(['BcHeadlessView']);
    // And it did hydrate: a client-side navigation works without a document load.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Kitchen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kitchen' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    // The page's title follows client-side navigations too.
    await expect(page).toHaveTitle(/Kitchen/);
    await page.getByRole('link', { name: /Cold Brew Kit/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cold Brew Kit' })).toBeVisible();
    await expect(page).toHaveTitle(/Cold Brew Kit/);
  });

  test('a hostile product name stays text: in the page, the head, the JSON-LD and the hydration data', async ({ page, stack }) => {
    const hostile = `</script><script>window.__pwned='script'</script><!--<script>window.__pwned='comment'</script>\u2028 <img src=x onerror="window.__pwned='img'"> & "quotes"`;
    const product = stack.sandbox.store.catalog.products[0]!;
    product.name.en = hostile;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/product/${product.entityId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    // The head reads it as plain text (tags dropped), and the JSON-LD still parses.
    expect(await page.title()).not.toMatch(/<|onerror/);
    const ld = (await jsonLd(page)).find((x) => x['@type'] === 'Product');
    expect(String(ld?.['name'])).not.toContain('<');
    // Hydrated (a client-side navigation works), and nothing ran.
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Kitchen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kitchen' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('an unknown path and an unknown product answer 404 with a not-found page', async ({ page, request }) => {
    const path = await request.get('/no-such-page-here', { maxRedirects: 0 });
    expect(path.status()).toBe(404);
    const product = await request.get('/product/999999', { maxRedirects: 0 });
    expect(product.status()).toBe(404);
    const response = await page.goto('/no-such-page-here');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  });

  test('BigCommerce’s redirects are answered as 301s and lead to the page', async ({ page, request }) => {
    const moved = await request.get('/old-house-blend/', { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers()['location']).toMatch(/house-blend/);
    await page.goto('/old-house-blend/');
    await expect(page.getByRole('heading', { level: 1, name: 'House Blend Coffee' })).toBeVisible();
  });

  test('BigCommerce’s own product and category paths render in place, in every language', async ({ page, request }) => {
    for (const path of ['/house-blend/', '/fr/coffee/', '/de/outdoor/']) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    await page.goto('/house-blend/');
    await expect(page.getByRole('heading', { level: 1, name: 'House Blend Coffee' })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL('/house-blend/', page.url()).href);
    await page.goto('/fr/coffee/');
    await expect(page.getByRole('heading', { level: 1, name: 'Café' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // And client-side: the category links are BigCommerce's paths.
    await page.getByRole('navigation').getByRole('link', { name: 'Cuisine', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cuisine' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/fr/kitchen/');
  });

  test('a product page has its title, canonical URL and Product JSON-LD with an offer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /House Blend Coffee/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'House Blend Coffee' })).toBeVisible();
    await page.reload();
    await expect(page).toHaveTitle(/House Blend Coffee/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(new URL(new URL(page.url()).pathname, page.url()).href);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    const product = (await jsonLd(page)).find((ld) => ld['@type'] === 'Product') as { name: string; url: string; offers: { price: number; priceCurrency: string; availability: string } };
    expect(product.name).toBe('House Blend Coffee');
    expect(product.url).toBe(canonical);
    expect(product.offers).toMatchObject({ price: 14, priceCurrency: 'USD', availability: 'https://schema.org/InStock' });
    const crumbs = (await jsonLd(page)).find((ld) => ld['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(crumbs.itemListElement.at(-1)).toMatchObject({ name: 'House Blend Coffee', item: canonical });
  });

  test('a category page has a BreadcrumbList ending at itself', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Outdoor', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outdoor' })).toBeVisible();
    await page.reload();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const crumbs = (await jsonLd(page)).find((ld) => ld['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(crumbs.itemListElement.map((c) => c.position)).toEqual(crumbs.itemListElement.map((_, i) => i + 1));
    expect(crumbs.itemListElement.at(-1)).toMatchObject({ name: 'Outdoor', item: canonical });
  });

  test('each language has its own URL; hreflang links are reciprocal across en, fr and de, with x-default', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /House Blend Coffee/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'House Blend Coffee' })).toBeVisible();
    const alternatesOf = async (url: string) => {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const links = page.locator('link[rel="alternate"][hreflang]');
      const pairs = await links.evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang')!, (el as HTMLLinkElement).href] as const));
      return Object.fromEntries(pairs) as Record<string, string>;
    };
    const english = await alternatesOf(page.url());
    expect(Object.keys(english).sort()).toEqual(['de', 'en', 'fr', 'x-default']);
    expect(english['en']).toBe(page.url());
    for (const language of ['fr', 'de']) {
      // Every alternate names the same set, itself included: the reciprocity search engines require.
      expect(await alternatesOf(english[language]!)).toEqual(english);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hausmischung Kaffee');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', english['de']!);
  });

  test('the home page names the store as Organization and WebSite; checkout is not indexed', async ({ page }) => {
    await page.goto('/');
    const types = (await jsonLd(page)).map((ld) => ld['@type']);
    expect(types).toEqual(expect.arrayContaining(['Organization', 'WebSite']));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL('/', page.url()).href);
    await page.goto('/checkout');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('the plain forms refuse malformed and cross-site posts', async ({ request, baseURL }) => {
    const form = (fields: Record<string, string>) => ({ form: fields, headers: { origin: baseURL! }, maxRedirects: 0 });
    expect((await request.post('/cart', form({ line: '../../x', intent: 'remove', quantity: '1', productEntityId: '111' }))).status()).toBe(400);
    expect((await request.post('/cart', form({ line: 'abc', intent: 'drop-table', quantity: '1', productEntityId: '111' }))).status()).toBe(400);
    expect((await request.post('/product/111', form({ productEntityId: '1e9; DROP' }))).status()).toBe(400);
    expect((await request.post('/product/111', form({ productEntityId: '999999' }))).status()).toBe(404);
    expect((await request.post('/login', form({ email: 'jane@example.com' }))).status()).toBe(400);
    // From another site: refused before anything is done (login CSRF, cart tampering).
    const crossSite = await request.post('/login', { form: { email: 'jane@example.com', password: 'Shopper123!' }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
    // (React Router 8 itself answers 400 to an action posted from another origin; the app's own check answers 403.)
    expect([400, 403]).toContain(crossSite.status());
    expect(crossSite.headers()['set-cookie']).toBeUndefined();
  });

  test('robots.txt, the sitemap, llms.txt and the agent catalog are served', async ({ request, baseURL }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
    const robotsText = await robots.text();
    expect(robotsText).toMatch(/^User-agent: \*/m);
    expect(robotsText).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robotsText).toMatch(/^Disallow: \/checkout/m);

    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()['content-type']).toMatch(/xml/);
    const index = await sitemap.text();
    expect(index).toContain('<sitemapindex');
    const products = /<loc>([^<]*products[^<]*)<\/loc>/.exec(index)?.[1];
    expect(products).toBeTruthy();
    const productsXml = await (await request.get(new URL(products!.replace(/&amp;/g, '&')).pathname + new URL(products!.replace(/&amp;/g, '&')).search)).text();
    expect(productsXml).toContain('<urlset');
    expect(productsXml).toMatch(/<loc>[^<]+<\/loc>/);

    const llms = await request.get('/llms.txt');
    expect(llms.status()).toBe(200);
    expect(await llms.text()).toMatch(/^# .+/m);

    const catalog = await request.get('/.well-known/ai-catalog.json');
    expect(catalog.status()).toBe(200);
    expect(await catalog.json()).toMatchObject({ specVersion: '1.0', entries: expect.any(Array) });
  });

  test('pages carry a nonce-based Content-Security-Policy and the usual security headers', async ({ request }) => {
    const response = await request.get('/');
    const csp = response.headers()['content-security-policy'] ?? '';
    const nonce = /script-src[^;]*'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await response.text();
    // Every inline script carries the nonce (a data block or JSON-LD is never run).
    for (const [tag] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBeTruthy();
    // A second page gets another nonce.
    const again = (await request.get('/')).headers()['content-security-policy'];
    expect(again).not.toBe(csp);
  });
});

test.describe('server rendering: a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('opens the home page in French; once it picks English, / stays English', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr\/$/);
    await expect(page.getByRole('link', { name: /Café mélange maison/ })).toBeVisible();
    await page.waitForLoadState('networkidle'); // hydrated: the switcher is live
    await page.getByLabel('Language').selectOption({ label: 'English' });
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
  });
});
