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

  test('a trade customer sees their group’s prices; once signed out, the shop shows list prices again', async ({ page }) => {
    // Sam is in the sandbox's "Trade" customer group: 15 % off everything.
    const houseBlend = () => page.getByRole('link', { name: /House Blend Coffee/ });
    await page.goto('/');
    await expect(houseBlend()).toContainText('$14.00');
    // All in one page, no reload: the grid the guest saw is cached, and must not be shown to Sam.
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('sam@example.com');
    await page.getByLabel('Password').fill('Shopper789!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // Back on the home page (the sign-in link's redirectTo), client-side.
    await expect(page).toHaveURL(/\/$/);
    await expect(houseBlend()).toContainText('$11.90');
    await expect(houseBlend().locator('s')).toHaveText('$14.00');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' }).or(page.getByRole('button', { name: 'Sign in' })).first()).toBeVisible();
    await expect(houseBlend()).toContainText('$14.00');
    await expect(houseBlend()).not.toContainText('$11.90');
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
