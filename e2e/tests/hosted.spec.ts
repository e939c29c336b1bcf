import { addToCart, expect, signIn, test } from '../support/fixtures.js';

test.describe('7. hosted checkout', () => {
  test('arrives signed in with the same cart', async ({ page, stack }) => {
    await signIn(page);
    await addToCart(page, /Cold Brew Kit/);
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await page.getByRole('button', { name: 'Continue to hosted checkout' }).click();

    // The store's own checkout page (the sandbox's), not ours.
    await page.waitForURL((url) => url.pathname === '/checkout' && !url.href.startsWith(stack.app.url));
    await expect(page.getByText('Cold Brew Kit')).toBeVisible();
    await expect(page.getByText(/jane@example\.com|Jane Doe/).first()).toBeVisible();
    await expect(page.getByText('Guest')).toHaveCount(0);
  });
});
