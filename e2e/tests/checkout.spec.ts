import { addToCart, expect, signIn, test } from '../support/fixtures.js';

async function payWith(page: import('@playwright/test').Page, number: string) {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Name on card').fill('Jane Doe');
  await page.getByLabel('Expiry month').fill('12');
  await page.getByLabel('Expiry year').fill(String(new Date().getFullYear() + 2));
  await page.getByLabel('CVV').fill('123');
  await page.getByRole('button', { name: 'Place order' }).click();
}

test.describe('6. checkout on our own page', () => {
  test('a declined card says so clearly; the second card places the order as completeCheckout + one payment under one correlation id', async ({ page, stack }) => {
    await signIn(page);
    await addToCart(page, /Cold Brew Kit/);
    await expect(page.getByRole('link', { name: 'Cart (1)' })).toBeVisible();
    await page.getByRole('link', { name: 'Cart (1)' }).click();
    await page.getByRole('link', { name: 'Checkout' }).click();

    await page.getByLabel('Coupon code').fill('WELCOME10');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText(/WELCOME10/).first()).toBeVisible();

    // The shopper's shipping choice shows at once and stays once the store answers.
    await page.getByRole('button', { name: 'Continue to shipping' }).click();
    const shippingOptions = page.getByRole('radiogroup', { name: 'Shipping method' }).getByRole('radio');
    await expect(shippingOptions.first()).toBeVisible();
    await shippingOptions.last().click();
    await expect(shippingOptions.last()).toBeChecked();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await payWith(page, '4000000000000002');
    await expect(page.getByRole('alert')).toContainText(/declined/i);

    await payWith(page, '4242424242424242');
    await expect(page.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible();
    const orderId = (await page.getByTestId('order-number').textContent())!.trim();
    const correlationId = (await page.getByTestId('correlation-id').textContent())!.trim();
    expect(orderId).toMatch(/^\d+$/);
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);

    const operation = await stack.requests(correlationId);
    expect(operation.map((r) => `${r.method} ${r.path.replace(/\/stores\/\w+\//, '/stores/{hash}/')} ${r.operationName ?? ''}`.trim())).toEqual([
      'POST /graphql BcHeadlessCompleteCheckout',
      'POST /stores/{hash}/payments',
    ]);
    expect(operation.every((r) => r.status !== null && r.status < 300)).toBe(true);
    await expect(page.getByRole('link', { name: 'Cart (0)' })).toBeVisible();
  });
});
