import { expect, test } from '../support/fixtures.js';

test.describe('8. the Requests panel', () => {
  test('lists recent operations with their correlation ids and links to the sandbox inspector', async ({ page, stack }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /House Blend Coffee/ })).toBeVisible();
    const panel = page.getByRole('complementary', { name: /Requests/ });
    // A cold home page's one request: settings, categories and the grid (BcHeadlessView).
    await expect(panel.getByText(/View/).first()).toBeVisible();
    const ids = (await panel.textContent())!.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    // The ids are the ones the sandbox saw: the panel shows what went over the wire.
    const seen = new Set((await stack.requests()).map((r) => r.correlationId));
    expect(ids.some((id) => seen.has(id))).toBe(true);
    const inspector = panel.getByRole('link', { name: /inspector/i }).first();
    await expect(inspector).toHaveAttribute('href', /\/__sandbox/);
  });
});
