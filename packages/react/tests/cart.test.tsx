import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAddToCart } from '../src/useAddToCart.js';
import { useCart } from '../src/useCart.js';
import { useCustomer } from '../src/useCustomer.js';
import { useLogin } from '../src/useLogin.js';
import { useLogout } from '../src/useLogout.js';
import { useRemoveCartLine } from '../src/useRemoveCartLine.js';
import { useSession } from '../src/useSession.js';
import { useUpdateCartLine } from '../src/useUpdateCartLine.js';
import { renderStorefrontHook } from './support/renderStorefront.js';
import { startStorefront, type Stack } from './support/startStorefront.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

const useCartPage = () => ({
  cart: useCart(),
  add: useAddToCart(),
  update: useUpdateCartLine(),
  remove: useRemoveCartLine(),
  session: useSession(),
});

describe.each([false, true])('cart hooks (StrictMode: %s)', (strict) => {
  it('add-to-cart is one mutation and the cart shows it without a refetch; update and remove write the cart too', async () => {
    const { result, tab } = renderStorefrontHook(stack, strict, useCartPage);
    await waitFor(() => expect(result.current.cart.isSuccess).toBe(true));
    expect(result.current.cart.data).toBeNull();
    expect(tab.sent).toHaveLength(0); // no cart id: nothing to ask

    // The Cold Brew Kit has no options: the product id alone is a purchasable line.
    await act(() => result.current.add.mutateAsync({ productEntityId: 115 }));
    await waitFor(() => expect(result.current.cart.data?.lineItems.totalQuantity).toBe(1));
    // One mutation, and the cart query found its answer in the cache: no read after it.
    expect(tab.namesSince(0)).toEqual(['BcHeadlessCreateCart']);
    expect(result.current.session.cartId).toBe(result.current.cart.data!.entityId);

    const line = result.current.cart.data!.lineItems.physicalItems[0]!;
    await act(() => result.current.update.mutateAsync({ lineItemEntityId: line.entityId, quantity: 3 }));
    await waitFor(() => expect(result.current.cart.data!.lineItems.physicalItems[0]!.quantity).toBe(3));
    expect(tab.namesSince(1)).toEqual(['BcHeadlessUpdateCartLineItem']);

    await act(() => result.current.remove.mutateAsync({ lineItemEntityId: line.entityId }));
    await waitFor(() => expect(result.current.cart.data).toBeNull());
    expect(result.current.session.cartId).toBeNull();
    expect(tab.namesSince(2)).toEqual(['BcHeadlessDeleteCartLineItem']);
  });

  it('sign in merges the guest cart and greets the customer; sign out drops the profile', async () => {
    const { result, tab } = renderStorefrontHook(stack, strict, () => ({ ...useCartPage(), customer: useCustomer(), login: useLogin(), logout: useLogout() }));
    await act(() => result.current.add.mutateAsync({ productEntityId: 115 }));
    await waitFor(() => expect(result.current.cart.data?.lineItems.totalQuantity).toBe(1));

    await act(() => result.current.login.mutateAsync({ email: 'jane@example.com', password: 'Shopper123!' }));
    await waitFor(() => expect(result.current.customer.data?.firstName).toBe('Jane'));
    expect(result.current.session.customer?.entityId).toBe(1);
    await waitFor(() => expect(result.current.cart.data?.lineItems.totalQuantity).toBe(1));
    // The customer access token stays in the httpOnly cookie: nothing readable holds it.
    expect(JSON.stringify(result.current.session)).not.toMatch(/token/i);
    expect([...tab.cookies.keys()]).toContain('bc-customer');

    await act(() => result.current.logout.mutateAsync());
    await waitFor(() => expect(result.current.customer.data).toBeNull());
    expect(result.current.session.customer).toBeNull();
    expect(tab.cookies.has('bc-customer')).toBe(false);
  });

  it('a wrong password rejects with the handler message and leaves the shopper a guest', async () => {
    const { result } = renderStorefrontHook(stack, strict, () => ({ login: useLogin(), session: useSession() }));
    await act(() => result.current.login.mutateAsync({ email: 'jane@example.com', password: 'nope' }).catch(() => undefined));
    await waitFor(() => expect(result.current.login.isError).toBe(true));
    expect(result.current.login.error!.message).toMatch(/login/i);
    expect(result.current.session.customer).toBeNull();
  });
});
