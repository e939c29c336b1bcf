import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Account from './fixtures/Account.svelte';
import Cart from './fixtures/Cart.svelte';
import Checkout from './fixtures/Checkout.svelte';
import { renderStorefront } from './support/renderStorefront.js';
import { startStorefront, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

const lineOf = (index: number, quantity = 1) => {
  const product = storefront.sandbox.products[index]!;
  return { productEntityId: product.entityId, variantEntityId: product.variants[0]!.entityId, quantity };
};

describe('cart', () => {
  it('adds, changes and removes lines; each answer is written to the cart without a refetch', async () => {
    const page = storefront.page();
    const product = storefront.sandbox.products[0]!;
    renderStorefront(page, Cart, { line: lineOf(0, 2) });
    expect(screen.getByRole('link', { name: 'Cart (0)' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    await screen.findByRole('link', { name: 'Cart (2)' });
    // One mutation creates the cart; the cart query re-keyed onto it finds the answer cached.
    expect(page.sent).toEqual(['BcHeadlessCreateCart']);
    expect(page.session.getSnapshot().cartId).toEqual(expect.any(String));
    expect(within(screen.getByRole('list', { name: 'Cart lines' })).getByText(`${product.name.en} × 2`, { exact: false })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    await screen.findByRole('link', { name: 'Cart (4)' });
    await fireEvent.click(screen.getByRole('button', { name: `More ${product.name.en}` }));
    await screen.findByRole('link', { name: 'Cart (5)' });
    await fireEvent.click(screen.getByRole('button', { name: `Remove ${product.name.en}` }));
    await screen.findByRole('link', { name: 'Cart (0)' });
    expect(page.sent).toEqual(['BcHeadlessCreateCart', 'BcHeadlessAddCartLineItems', 'BcHeadlessUpdateCartLineItem', 'BcHeadlessDeleteCartLineItem']);
    // The last line gone, the cart is gone, and so is its id.
    expect(page.session.getSnapshot().cartId).toBeNull();
  });
});

describe('sign-in and sign-out', () => {
  it('greets the customer after login, follows the session in $session and current, and signs out', async () => {
    const page = storefront.page();
    const jane = storefront.sandbox.customers[0]!;
    renderStorefront(page, Account, { email: jane.email, password: jane.password });
    expect(screen.getByText('Signed in: no; customer id: none')).toBeTruthy();
    // A guest's customer query makes no request.
    expect(page.sent).toEqual([]);

    await fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText(`Hello, ${jane.firstName}`);
    expect(screen.getByText(`Signed in: yes; customer id: ${jane.entityId}`)).toBeTruthy();
    // The profile /login returned is the customer query's data: no customer read follows.
    expect(page.sent).toEqual(['POST /login']);

    await fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('button', { name: 'Sign in' });
    expect(screen.getByText('Signed in: no; customer id: none')).toBeTruthy();
    expect(page.sent).toEqual(['POST /login', 'POST /logout']);
    // The signed-out customer's data leaves the cache (a shared device keeps nothing of theirs).
    expect(page.options.queryClient.getQueryCache().findAll({ queryKey: ['bc-headless', storefront.sandbox.channelId, 'shopper', jane.entityId] })).toEqual([]);
  });

  it('shows a wrong password as the mutation error and stays signed out', async () => {
    const page = storefront.page();
    renderStorefront(page, Account, { email: storefront.sandbox.customers[0]!.email, password: 'wrong' });
    await fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
    expect(page.session.getSnapshot().customer).toBeNull();
  });
});

describe('place order', () => {
  it('shows a declined card, then places the order with another card', async () => {
    const page = storefront.page();
    renderStorefront(page, Checkout, { line: lineOf(1) });
    await fireEvent.click(screen.getByRole('button', { name: 'Use my address' }));
    await screen.findByText('Shipping to Austin');
    const cartId = page.session.getSnapshot().cartId;

    await fireEvent.input(screen.getByLabelText('Card number'), { target: { value: '4000 0000 0000 0002' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^PaymentDeclinedError: placeOrder: /);
    // Nothing was charged: the cart stays for a second try.
    expect(page.session.getSnapshot().cartId).toBe(cartId);

    await fireEvent.input(screen.getByLabelText('Card number'), { target: { value: '4111 1111 1111 1111' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    const placed = await screen.findByText(/^Order \d+ placed/);
    const [, orderId, correlationId] = /^Order (\d+) placed \((.+)\)$/.exec(placed.textContent!)!;
    expect(await storefront.order(Number(orderId))).toMatchObject({ status: 'Awaiting Fulfillment', cartEntityId: cartId });
    // completeCheckout and the payment share the operation's correlation id in the sandbox's log.
    expect(await storefront.requestsOf(correlationId!)).toEqual(['BcHeadlessCompleteCheckout', `/stores/${storefront.sandbox.storeHash}/payments`]);
    expect(page.session.getSnapshot().cartId).toBeNull();
  });
});
