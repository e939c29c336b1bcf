import { cartItemCount } from '@bc-headless/core/queries';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/vue';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useAddToCart } from '../src/useAddToCart.js';
import { useCart } from '../src/useCart.js';
import { useCustomer } from '../src/useCustomer.js';
import { useLogin } from '../src/useLogin.js';
import { useLogout } from '../src/useLogout.js';
import { useRemoveCartLine } from '../src/useRemoveCartLine.js';
import { useSession } from '../src/useSession.js';
import { useUpdateCartLine } from '../src/useUpdateCartLine.js';
import { renderStorefront } from './support/renderStorefront.js';

const stack = inject('vueStack');
afterEach(() => cleanup());

// The first seeded product (in stock), as a purchasable line: its first variant.
const simple = stack.products[0]!;
const item = { productEntityId: simple.entityId, variantEntityId: simple.variantEntityId ?? undefined };

/** A cart page: "Cart (N)", the lines with +1 and Remove buttons, and an "Add to cart" button. */
const CartPage = defineComponent({
  setup() {
    const cart = useCart();
    const add = useAddToCart();
    const update = useUpdateCartLine();
    const remove = useRemoveCartLine();
    const session = useSession();
    return () => {
      const lines = cart.data.value?.lineItems.physicalItems ?? [];
      return h('main', { 'data-cart-id': session.value.cartId ?? '' }, [
        h('a', { href: '/cart' }, `Cart (${cart.data.value ? cartItemCount(cart.data.value) : 0})`),
        h('button', { onClick: () => add.mutate(item) }, 'Add to cart'),
        h('ul', lines.map((line) =>
          h('li', { key: line.entityId }, [
            `${line.name} × ${line.quantity}`,
            h('button', { onClick: () => update.mutate({ lineItemEntityId: line.entityId, quantity: line.quantity + 1 }) }, 'One more'),
            h('button', { onClick: () => remove.mutate({ lineItemEntityId: line.entityId }) }, 'Remove'),
          ]),
        )),
      ]);
    };
  },
});

describe('cart composables', () => {
  it('add to cart writes the cart into the cache: one mutation, no refetch; update and remove too', async () => {
    const { tab, container } = renderStorefront(CartPage);
    expect(screen.getByRole('link', { name: 'Cart (0)' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(await screen.findByRole('link', { name: 'Cart (1)' })).toBeTruthy();
    expect(tab.namesSince(0)).toEqual(['BcHeadlessCreateCart']);
    // The session's new cart id reached the component through the bridged store.
    expect(container.querySelector('main')!.dataset.cartId).toBe(tab.session.getSnapshot().cartId);
    expect(tab.session.getSnapshot().cartId).toMatch(/^[0-9a-f-]{36}$/);

    await fireEvent.click(screen.getByRole('button', { name: 'One more' }));
    expect(await screen.findByRole('link', { name: 'Cart (2)' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toContain(`${simple.name.en} × 2`);
    await fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(await screen.findByRole('link', { name: 'Cart (3)' })).toBeTruthy();
    expect(tab.namesSince(1)).toEqual(['BcHeadlessUpdateCartLineItem', 'BcHeadlessAddCartLineItems']);

    await fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('link', { name: 'Cart (0)' })).toBeTruthy();
    expect(tab.session.getSnapshot().cartId).toBeNull();
    expect(tab.namesSince(3)).toEqual(['BcHeadlessDeleteCartLineItem']);
  });
});

describe('auth composables', () => {
  const Account = defineComponent({
    setup() {
      const customer = useCustomer();
      const login = useLogin();
      const logout = useLogout();
      const cart = useCart();
      const add = useAddToCart();
      return () =>
        h('main', [
          customer.data.value ? h('p', `Hello, ${customer.data.value.firstName}`) : h('p', 'Guest'),
          h('a', { href: '/cart' }, `Cart (${cart.data.value ? cartItemCount(cart.data.value) : 0})`),
          h('button', { onClick: () => add.mutate(item) }, 'Add to cart'),
          h('button', { onClick: () => login.mutate({ email: stack.customer.email, password: stack.customer.password }) }, 'Sign in'),
          h('button', { onClick: () => login.mutate({ email: stack.customer.email, password: 'wrong-password' }) }, 'Sign in wrongly'),
          h('button', { onClick: () => logout.mutate() }, 'Sign out'),
          login.error.value && h('p', { role: 'alert' }, login.error.value.message),
        ]);
    },
  });

  it('signs in (the guest cart is merged, the customer greeted) and out (the profile is dropped)', async () => {
    const { tab, queryClient } = renderStorefront(Account);
    expect(screen.getByText('Guest')).toBeTruthy();
    expect(tab.sent).toEqual([]); // a guest has no profile to ask for
    await fireEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    await screen.findByRole('link', { name: 'Cart (1)' });

    await fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(`Hello, ${stack.customer.firstName}`)).toBeTruthy();
    expect(tab.session.getSnapshot().customer?.firstName).toBe(stack.customer.firstName);
    await waitFor(() => expect(screen.getByRole('link', { name: /^Cart \(\d+\)$/ }).textContent).not.toBe('Cart (0)'));
    // The token stays in the httpOnly cookie: nothing script-readable holds it.
    expect(JSON.stringify(tab.session.getSnapshot())).not.toMatch(/token/i);

    await fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Guest')).toBeTruthy();
    expect(tab.session.getSnapshot().customer).toBeNull();
    // The customer's entries are gone from memory (a shared device keeps no one's profile).
    expect(queryClient.getQueryCache().findAll({ queryKey: ['bc-headless'] }).filter((q) => JSON.stringify(q.state.data ?? null).includes(stack.customer.email))).toEqual([]);
    expect(tab.namesSince(0).filter((n) => n.startsWith('POST /log'))).toEqual(['POST /login', 'POST /logout']);
  });

  it('shows a refused sign-in and stays a guest', async () => {
    const { tab } = renderStorefront(Account);
    await fireEvent.click(screen.getByRole('button', { name: 'Sign in wrongly' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/email or password is wrong/);
    expect(screen.getByText('Guest')).toBeTruthy();
    expect(tab.session.getSnapshot().customer).toBeNull();
  });
});
