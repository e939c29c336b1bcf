import { PaymentDeclinedError } from '@bc-headless/core';
import { cardInstrument } from '@bc-headless/core/queries';
import { act, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAddToCart } from '../src/useAddToCart.js';
import { useCart } from '../src/useCart.js';
import { useCheckout } from '../src/useCheckout.js';
import { useCheckoutRedirect } from '../src/useCheckoutRedirect.js';
import { usePlaceOrder } from '../src/usePlaceOrder.js';
import { useSession } from '../src/useSession.js';
import { renderStorefrontHook } from './support/renderStorefront.js';
import { startStorefront, type Stack } from './support/startStorefront.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

const address = { firstName: 'Ada', lastName: 'Shopper', email: 'ada@example.com', address1: '1 Main St', city: 'Austin', stateOrProvince: 'Texas', countryCode: 'US', postalCode: '78701' };
const card = (number: string) => cardInstrument({ number, name: 'Ada Shopper', expiryMonth: 12, expiryYear: 2030, cvv: '123' });

describe.each([false, true])('checkout hooks (StrictMode: %s)', (strict) => {
  it('runs the steps, survives a declined card and places the order on the second try', async () => {
    const { result, tab } = renderStorefrontHook(stack, strict, () => ({ ...useCheckout(), add: useAddToCart(), cart: useCart(), placeOrder: usePlaceOrder(), session: useSession() }));
    await act(() => result.current.add.mutateAsync({ productEntityId: 115, quantity: 2 }));
    await waitFor(() => expect(result.current.checkout.data?.entityId).toBe(result.current.session.cartId));

    await act(() => result.current.setBillingAddress.mutateAsync({ address }));
    await act(() => result.current.setShippingConsignment.mutateAsync({ address }));
    await waitFor(() => expect(result.current.checkout.data?.shippingConsignments?.[0]?.availableShippingOptions?.length).toBe(2));
    const option = result.current.checkout.data!.shippingConsignments![0]!.availableShippingOptions![0]!;
    await act(() => result.current.selectShippingOption.mutateAsync({ shippingOptionEntityId: option.entityId }));
    await act(() => result.current.applyCoupon.mutateAsync({ couponCode: 'WELCOME10' }));
    await waitFor(() => expect(result.current.checkout.data?.coupons.map((c) => c.code)).toEqual(['WELCOME10']));
    expect(result.current.checkout.data!.shippingConsignments![0]!.selectedShippingOption?.entityId).toBe(option.entityId);

    const declined = await act(() => result.current.placeOrder.mutateAsync({ instrument: card('4000000000000002') }).catch((error: unknown) => error));
    expect(declined).toBeInstanceOf(PaymentDeclinedError);
    expect(result.current.session.cartId).not.toBeNull(); // the cart stays for the second try

    const before = tab.sent.length;
    const order = await act(() => result.current.placeOrder.mutateAsync({ instrument: card('4242424242424242') }));
    expect(order.orderId).toBeGreaterThan(0);
    expect(order.paymentStatus).toBe('success');
    expect(tab.namesSince(before)).toEqual(['POST /place-order']);
    expect(tab.sent.at(-1)!.correlationId).toBe(order.correlationId);
    await waitFor(() => expect(result.current.session.cartId).toBeNull());
    await waitFor(() => expect(result.current.cart.data).toBeNull());
  });

  it('useCheckoutRedirect points at the handler, which sends the shopper to hosted checkout through session sync', async () => {
    const { result, tab } = renderStorefrontHook(stack, strict, () => ({ redirect: useCheckoutRedirect(), add: useAddToCart() }));
    expect(result.current.redirect.href).toBe(`${stack.api}/checkout`);
    await act(() => result.current.add.mutateAsync({ productEntityId: 115 }));
    const response = await tab.client.config.fetch!(result.current.redirect.href);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${stack.sandboxUrl}/session-sync\\?jwt=`));
  });
});
