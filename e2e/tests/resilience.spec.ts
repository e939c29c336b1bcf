import { expect, test } from '../support/fixtures.js';

test.describe('when the store goes away', () => {
  test('the app says so, and recovers when it returns, without a reload', async ({ page, stack }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    // A server-rendered page shows its grid before the app has hydrated; "without a reload" is
    // about the running app, so wait until it runs (a click before then is a plain page load).
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    await stack.stopSandbox();
    try {
      await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: 'Apparel', exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 20_000 });
    } finally {
      await stack.startSandbox();
    }
    await expect(page.getByRole('link', { name: /Flannel|Beanie|Hoodie|Jacket|Shirt/ }).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });
});
