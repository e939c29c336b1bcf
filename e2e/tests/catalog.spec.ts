import { addToCart, expect, graphqlSince, lastLogId, signIn, test } from '../support/fixtures.js';

test.describe('1. home: categories, a product grid with images and prices, pagination', () => {
  test('shows categories and a priced, illustrated grid; pages forward and back', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Categories' });
    for (const name of ['Coffee', 'Outdoor', 'Kitchen', 'Apparel']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();

    const first = page.getByRole('link', { name: /House Blend Coffee/ });
    await expect(first).toBeVisible();
    await expect(first.getByRole('img')).toHaveAttribute('src', /\/images\//);
    await expect(first).toContainText('$14.00');

    await page.getByRole('link', { name: /Next/ }).click();
    await expect(page.getByText('Page 2')).toBeVisible();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toHaveCount(0);
    await page.getByRole('link', { name: /Previous/ }).click();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
  });

  test('a category page and a search show only their products', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Outdoor', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outdoor' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Enamel Trail Mug/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toHaveCount(0);

    await page.getByRole('searchbox').fill('grinder');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.getByRole('link', { name: /Burr Hand Grinder/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Enamel Trail Mug/ })).toHaveCount(0);
  });

  test('a product-list page view costs one GraphQL request', async ({ page, stack }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const since = await lastLogId(stack);
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Kitchen', exact: true }).click();
    // The Kitchen page first (Cold Brew Kit is on the home grid too, which stays while the next page loads).
    await expect(page.getByRole('heading', { level: 1, name: 'Kitchen' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Cold Brew Kit/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sent = graphqlSince(await stack.requests(), since);
    expect(sent.map((r) => r.operationType)).toEqual(['query']);
    expect(sent).toHaveLength(1);
  });

  test('a cold home load costs exactly one GraphQL request, from the browser or the app server, at the sandbox', async ({ page, stack }) => {
    // A fresh browser context: nothing cached. Settings, categories and the grid come in one request.
    const fromBrowser: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/storefront/graphql') fromBrowser.push(request.postDataJSON().query.match(/query\s+(\w+)/)?.[1]);
    });
    const since = await lastLogId(stack);
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Coffee', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // A single-page app sends it from the browser; a server-rendered one from its server, and the
    // browser then hydrates without any. Either way the store sees exactly one.
    expect(fromBrowser).toEqual(fromBrowser.length ? ['BcHeadlessView'] : []);
    expect(graphqlSince(await stack.requests(), since).map((r) => r.operationName)).toEqual(['BcHeadlessView']);
  });

  test('a signed-in shopper with a cart reloads the home page with one GraphQL request too', async ({ page, stack }) => {
    // Max (not used elsewhere): his greeting and cart link come in the same request as the catalog.
    await signIn(page, 'max@example.com', 'Shopper456!');
    await addToCart(page, /Cold Brew Kit/);
    await expect(page.getByRole('link', { name: /^Cart \([1-9]\d*\)$/ })).toBeVisible();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const fromBrowser: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/storefront/graphql') fromBrowser.push(request.postDataJSON().query.match(/query\s+(\w+)/)?.[1]);
    });
    const since = await lastLogId(stack);
    await page.reload();
    await expect(page.getByText(/Max/).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Cart \([1-9]\d*\)$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // A single-page app sends it from the browser; a server-rendered one from its server, and the
    // browser then hydrates without any. Either way the store sees exactly one.
    expect(fromBrowser).toEqual(fromBrowser.length ? ['BcHeadlessView'] : []);
    expect(graphqlSince(await stack.requests(), since).map((r) => r.operationName)).toEqual(['BcHeadlessView']);
  });

  test('a cold product page costs one GraphQL request: the header’s data and the product together', async ({ page, stack }) => {
    const product = stack.sandbox.store.catalog.products[0]!;
    const since = await lastLogId(stack);
    await page.goto(`/product/${product.entityId}`);
    await expect(page.getByRole('heading', { level: 1, name: product.name.en })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to cart' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(graphqlSince(await stack.requests(), since).map((r) => r.operationName)).toEqual(['BcHeadlessView']);
  });
});
