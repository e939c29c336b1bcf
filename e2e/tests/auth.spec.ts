import { expect, signIn, test } from '../support/fixtures.js';

test.describe('5. sign in and sign out', () => {
  test('greets the demo customer by name and signs out', async ({ page }) => {
    await signIn(page);
    await expect(page.getByText(/Jane/).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' }).or(page.getByRole('button', { name: 'Sign in' })).first()).toBeVisible();
    await expect(page.getByText(/Jane/)).toHaveCount(0);
  });

  test('a wrong password says so and signs nobody in', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill('jane@example.com');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  });

  test('only a same-site redirectTo is followed after signing in', async ({ page, baseURL }) => {
    await page.goto('/login?redirectTo=//evil.example/steal');
    await page.getByLabel('Email').fill('jane@example.com');
    await page.getByLabel('Password').fill('Shopper123!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
});
