// The acceptance of server rendering, the same for every adapter: the app in `root` renders the
// product page on the server, hydrates in Chromium with no GraphQL request for the first view,
// and is interactive after; a hostile product description never runs and the page still hydrates.
// Every app renders the same markup: <main data-hydrated>, <h1> (the name, as text), [data-testid=description],
// an "Add to cart" button and [data-testid=cart] ("Cart: N").
import { expect, test, type Page } from '@playwright/test';
import type { PluginOption } from 'vite';
import { startSsrApp, type SsrApp } from './startSsrApp.js';

// Text that would run if any layer let it through: the closing tag ends a naive JSON <script>,
// `<!--` puts the HTML tokenizer in its "script data escaped" state, U+2028 broke pre-ES2019
// JavaScript, and the image runs its handler if the text ever reaches innerHTML.
export const HOSTILE = `</script><script>window.__pwned='script';alert(1)</script><!--<script>window.__pwned='comment'</script>\u2028 <img src=x onerror="window.__pwned='img';alert(2)"> & "quotes"`;

/** Records what the page sends to the storefront API, its errors and dialogs, and whether hydration replaced server elements. */
async function watch(page: Page) {
  const graphql: string[] = [];
  const errors: string[] = [];
  const uncaught: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/storefront/')) graphql.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    errors.push(String(error));
    uncaught.push(String(error));
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Before any page script: count server-rendered elements that get removed (a hydration that
  // gave up and re-rendered on the client removes them; a real one adopts them).
  await page.addInitScript(() => {
    const w = window as unknown as { __removedElements: number };
    w.__removedElements = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.removedNodes) if (node.nodeType === 1) w.__removedElements += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  return { graphql, errors, uncaught, dialogs };
}

/** Defines the server-rendering tests for one adapter's app. */
export function ssrSuite(adapter: string, app: { root: string; plugins: () => PluginOption[] }) {
  test.describe(`${adapter}: server-rendered product page`, () => {
    let ssr: SsrApp;
    test.beforeAll(async () => {
      test.setTimeout(120_000); // two Vite compilations on a shared machine
      ssr = await startSsrApp({ root: app.root, plugins: app.plugins(), csp: true });
    });
    test.afterAll(async () => ssr?.close());

    test('renders on the server, hydrates with no GraphQL request for the first view, adds to cart, and a reload renders and hydrates that cart the same way', async ({ page }) => {
      const seen = await watch(page);
      const response = await page.goto(`${ssr.url}/products/${ssr.productId}`);
      expect(response!.headers()['content-security-policy']).toMatch(/script-src 'nonce-/); // hydrates under a strict CSP
      const html = await response!.text();
      const name = ssr.sandbox.store.catalog.products.find((p) => p.entityId === ssr.productId)!.name.en;
      expect(html).toContain(`>${name}</h1>`); // in the server's HTML, before any script ran
      expect(html).toContain('Cart: 0');

      await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'yes');
      await page.waitForLoadState('networkidle');
      expect(seen.graphql).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __removedElements: number }).__removedElements)).toBe(0);
      await expect(page.locator('h1')).toHaveText(name);

      await page.getByRole('button', { name: 'Add to cart' }).click();
      await expect(page.getByTestId('cart')).toHaveText('Cart: 1');
      expect(seen.graphql.length).toBeGreaterThan(0);

      // A returning shopper: the server reads the cart from the session cookie the browser wrote,
      // renders it, and the browser hydrates it without asking again.
      seen.graphql.length = 0;
      const again = await page.reload();
      expect(await again!.text()).toContain('Cart: 1');
      await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'yes');
      await page.waitForLoadState('networkidle');
      await expect(page.getByTestId('cart')).toHaveText('Cart: 1');
      expect(seen.graphql).toEqual([]);
      expect(seen.errors).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    });

    test('a damaged dehydrated state is ignored, not run or thrown: the page fetches what it shows and works', async ({ page }) => {
      const seen = await watch(page);
      await page.goto(`${ssr.url}/products/${ssr.productId}?broken-state`);
      await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'yes');
      const name = ssr.sandbox.store.catalog.products.find((p) => p.entityId === ssr.productId)!.name.en;
      await expect(page.locator('h1')).toHaveText(name);
      expect(seen.graphql.length).toBeGreaterThan(0); // without a state, the product is fetched
      await page.getByRole('button', { name: 'Add to cart' }).click();
      await expect(page.getByTestId('cart')).toHaveText('Cart: 1');
      // A framework may report the hydration it could not match (console); nothing may throw.
      expect(seen.uncaught).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    });
  });

  test.describe(`${adapter}: hostile product name and description in the dehydrated state`, () => {
    let ssr: SsrApp;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      ssr = await startSsrApp({ root: app.root, plugins: app.plugins(), hostile: HOSTILE });
    });
    test.afterAll(async () => ssr?.close());

    test('never executes, shows as text, and the page still hydrates from the state with no request', async ({ page }) => {
      const seen = await watch(page);
      const response = await page.goto(`${ssr.url}/products/${ssr.productId}`);
      const html = await response!.text();
      expect(html).not.toContain('</script><script>window.__pwned');
      expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned'); // the raw name is in the state, escaped
      await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'yes');
      await page.waitForLoadState('networkidle');
      expect(seen.graphql).toEqual([]); // the state parsed back whole: nothing was refetched
      expect(await page.locator('h1').textContent()).toBe(HOSTILE);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await page.locator('#app img').count()).toBe(0);

      await page.getByRole('button', { name: 'Add to cart' }).click();
      await expect(page.getByTestId('cart')).toHaveText('Cart: 1');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(seen.dialogs).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  });
}
