import { PaymentDeclinedError } from '@bc-headless/core';
import { cardInstrument } from '@bc-headless/core/queries';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/vue';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { useAddToCart } from '../src/useAddToCart.js';
import { useCheckout } from '../src/useCheckout.js';
import { useCheckoutRedirect } from '../src/useCheckoutRedirect.js';
import { usePlaceOrder } from '../src/usePlaceOrder.js';
import { renderStorefront } from './support/renderStorefront.js';

const stack = inject('vueStack');
afterEach(() => cleanup());

const address = { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', address1: '1 Main St', city: 'Austin', stateOrProvinceCode: 'TX', countryCode: 'US', postalCode: '78701' };
const product = stack.products[0]!;

/** A one-page checkout: add, address, shipping option, card number, "Place order"; then a confirmation or the error. */
const CheckoutPage = defineComponent({
  setup() {
    const add = useAddToCart();
    const { checkout, setBillingAddress, setShippingConsignment, selectShippingOption } = useCheckout();
    const placeOrder = usePlaceOrder();
    const redirect = useCheckoutRedirect();
    const cardNumber = ref('');
    const prepare = async () => {
      await add.mutateAsync({ productEntityId: product.entityId, variantEntityId: product.variantEntityId ?? undefined });
      await setBillingAddress.mutateAsync({ address });
      const shipped = await setShippingConsignment.mutateAsync({ address });
      const option = shipped!.shippingConsignments![0]!.availableShippingOptions![0]!;
      await selectShippingOption.mutateAsync({ shippingOptionEntityId: option.entityId });
    };
    const place = () => placeOrder.mutate({ instrument: cardInstrument({ number: cardNumber.value, name: 'Jane Doe', expiryMonth: 12, expiryYear: 30, cvv: '123' }) });
    return () => {
      const error = placeOrder.error.value;
      return h('main', [
        h('a', { href: redirect.href }, 'Continue to hosted checkout'),
        h('button', { onClick: prepare }, 'Prepare checkout'),
        checkout.data.value?.shippingConsignments?.[0]?.selectedShippingOption && h('p', `Shipping: ${checkout.data.value.shippingConsignments[0].selectedShippingOption.description}`),
        h('label', ['Card number', h('input', { value: cardNumber.value, onInput: (e: Event) => (cardNumber.value = (e.target as HTMLInputElement).value) })]),
        h('button', { onClick: place, disabled: placeOrder.isPending.value }, 'Place order'),
        error && h('p', { role: 'alert' }, error instanceof PaymentDeclinedError ? 'Your card was declined. Try another card.' : error.message),
        placeOrder.data.value && h('p', { role: 'status' }, `Order ${placeOrder.data.value.orderId} (${placeOrder.data.value.correlationId})`),
      ]);
    };
  },
});

describe('checkout composables', () => {
  it('runs the steps, shows a declined card, and places the order on a second try', async () => {
    const { tab } = renderStorefront(CheckoutPage);
    await fireEvent.click(screen.getByRole('button', { name: 'Prepare checkout' }));
    expect(await screen.findByText(/^Shipping: /)).toBeTruthy();
    const cartId = tab.session.getSnapshot().cartId;
    expect(cartId).toBeTruthy();
    // Each step is one mutation and its answer becomes the cached checkout: the page's checkout
    // query reads once (when the new cart id re-keys it), never between the steps. (The shipping
    // choice shows before its step is sent: selectShippingOption is optimistic.)
    await waitFor(() =>
      expect(tab.namesSince(0).filter((n) => n !== 'BcHeadlessCheckout')).toEqual([
        'BcHeadlessCreateCart',
        'BcHeadlessAddCheckoutBillingAddress',
        'BcHeadlessAddCheckoutShippingConsignments',
        'BcHeadlessSelectCheckoutShippingOption',
      ]),
    );
    expect(tab.namesSince(0).filter((n) => n === 'BcHeadlessCheckout')).toHaveLength(1);

    await fireEvent.update(screen.getByLabelText('Card number'), '4000 0000 0000 0002');
    await fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your card was declined. Try another card.');
    // Nothing was charged: the cart stays for a second try.
    expect(tab.session.getSnapshot().cartId).toBe(cartId);

    await fireEvent.update(screen.getByLabelText('Card number'), '4111 1111 1111 1111');
    await fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toMatch(/^Order \d+ \([0-9a-f-]{36}\)$/);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(tab.session.getSnapshot().cartId).toBeNull());
    expect(tab.namesSince(0).filter((n) => n === 'POST /place-order')).toHaveLength(2);
  });

  it('links hosted checkout through the handler, and redirect() goes there', async () => {
    renderStorefront(CheckoutPage);
    expect(screen.getByRole('link', { name: 'Continue to hosted checkout' }).getAttribute('href')).toBe(`${stack.api}/checkout`);
    cleanup();
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    renderStorefront(
      defineComponent({
        setup() {
          const { redirect } = useCheckoutRedirect();
          return () => h('button', { onClick: redirect }, 'Continue to hosted checkout');
        },
      }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Continue to hosted checkout' }));
    expect(assign).toHaveBeenCalledWith(`${stack.api}/checkout`);
    assign.mockRestore();
  });
});
