import { addToCart, expect, test } from '../support/fixtures.js';

test.describe('secrets stay on the server', () => {
  test('neither the trusted-proxy secret nor the storefront token is in any file the browser loads', async ({ page, stack }) => {
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (['document', 'script', 'stylesheet', 'fetch', 'xhr'].includes(type) && response.url().startsWith(stack.app.url)) loaded.add(response.url());
    });
    await addToCart(page, /Cold Brew Kit/);
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await page.getByRole('link', { name: 'Checkout' }).click();
    await expect(page.getByLabel('Card number')).toBeVisible();
    await page.waitForLoadState('networkidle');

    const files = [...loaded].filter((url) => !url.includes('/api/storefront/'));
    expect(files.some((url) => /\.js(\?|$)/.test(url))).toBe(true);
    expect(files.some((url) => /\.css(\?|$)/.test(url))).toBe(true);
    for (const url of [...files, `${stack.app.url}/api/demo/info`]) {
      const body = await (await fetch(url)).text();
      expect(body, url).not.toContain(stack.trustedProxySecret);
      expect(body, url).not.toContain(stack.sandbox.storefrontToken);
      expect(body, url).not.toContain(stack.sandbox.privateToken);
      expect(body, url).not.toContain(stack.sandbox.managementToken);
    }
    // Nor does anything readable by page scripts hold them.
    const visible = await page.evaluate(() => document.cookie + JSON.stringify(localStorage) + document.documentElement.outerHTML);
    expect(visible).not.toContain(stack.trustedProxySecret);
    expect(visible).not.toContain(stack.sandbox.storefrontToken);
    expect(visible).not.toContain(stack.sandbox.privateToken);
  });
});
