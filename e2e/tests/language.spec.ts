import { expect, test } from '../support/fixtures.js';

test.describe('4. language switcher', () => {
  test('re-renders the catalog translated, without a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const language = page.getByLabel('Language');
    await expect(language.getByRole('option')).toHaveText(['English', 'Français', 'Deutsch']);

    await language.selectOption({ label: 'Français' });
    await expect(page.getByRole('link', { name: /Café mélange maison/ })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Café', exact: true })).toBeVisible();

    await language.selectOption({ label: 'Deutsch' });
    await expect(page.getByRole('link', { name: /Hausmischung Kaffee/ })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Kaffee', exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await page.reload();
    await expect(page.getByRole('link', { name: /Hausmischung Kaffee/ })).toBeVisible();
    await page.getByLabel('Language').selectOption({ label: 'English' });
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
  });
});
