import { addToCart, expect, test } from '../support/fixtures.js';

test.describe('3. cart: the count on the link, quantity, remove, survives a reload', () => {
  test('changes quantity, survives a reload, and empties', async ({ page }) => {
    await addToCart(page, /Cold Brew Kit/);
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Cart (1)' }).click();

    await page.getByRole('button', { name: /more Cold Brew Kit/i }).click();
    await expect(page.getByRole('link', { name: 'Cart (2)' })).toBeVisible();
    await expect(page.getByText('$64.00').first()).toBeVisible();

    await page.reload();
    await expect(page.getByRole('link', { name: 'Cart (2)' })).toBeVisible();
    await expect(page.getByText('Cold Brew Kit')).toBeVisible();

    await page.getByRole('button', { name: /less Cold Brew Kit/i }).click();
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('link', { name: 'Cart (0)' })).toBeVisible();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();
  });
});
