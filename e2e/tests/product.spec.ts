import { expect, graphqlSince, lastLogId, test } from '../support/fixtures.js';

test.describe('2. product page: variant choice, stock, "Add to cart"', () => {
  test('choosing a variant shows its stock; adding costs exactly one mutation and no refetch', async ({ page, stack }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /Enamel Trail Mug/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enamel Trail Mug' })).toBeVisible();
    await expect(page.getByText('In stock')).toBeVisible();
    await page.getByRole('radio', { name: 'Ember' }).check();
    await expect(page.getByText(/Only 3 left/)).toBeVisible();
    await page.waitForLoadState('networkidle');

    const since = await lastLogId(stack);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sent = graphqlSince(await stack.requests(), since);
    expect(sent.map((r) => r.operationType)).toEqual(['mutation']);

    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await expect(page.getByText(/Ember/)).toBeVisible();
  });
});
