import type { Shopper } from './shopper.js';
import { createCartThrough, gqlThrough } from './shopper.js';

const ADDRESS = {
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  address1: '1 Main St',
  city: 'Austin',
  stateOrProvinceCode: 'TX',
  postalCode: '78701',
  countryCode: 'US',
  shouldSaveAddress: false,
};

/** A card instrument as the Payments API takes it. */
export function card(number: string) {
  return { type: 'card', cardholder_name: 'Jane Doe', number, expiry_month: 12, expiry_year: 2030, verification_value: '123' };
}

/** Creates a cart and fills in billing and shipping through the handler; returns the checkout id. */
export async function readyCheckout(stack: { api: string; sandbox: any }, shopper: Shopper): Promise<string> {
  const cartId = await createCartThrough(stack, shopper);
  const step = async (query: string, variables: Record<string, unknown>) => {
    const result = await gqlThrough(shopper, stack.api, query, variables);
    if (result.body.errors?.length) throw new Error(result.text);
    return result.body.data;
  };
  await step('mutation ($input: AddCheckoutBillingAddressInput!) { checkout { addCheckoutBillingAddress(input: $input) { checkout { entityId } } } }', {
    input: { checkoutEntityId: cartId, data: { address: ADDRESS } },
  });
  const cart = await step('query ($id: String) { site { cart(entityId: $id) { lineItems { physicalItems { entityId quantity } } } } }', { id: cartId });
  const lineItems = cart.site.cart.lineItems.physicalItems.map((i: { entityId: string; quantity: number }) => ({ lineItemEntityId: i.entityId, quantity: i.quantity }));
  const shipping = await step(
    'mutation ($input: AddCheckoutShippingConsignmentsInput!) { checkout { addCheckoutShippingConsignments(input: $input) { checkout { shippingConsignments { entityId availableShippingOptions { entityId } } } } } }',
    { input: { checkoutEntityId: cartId, data: { consignments: [{ address: ADDRESS, lineItems }] } } },
  );
  const consignment = shipping.checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
  await step('mutation ($input: SelectCheckoutShippingOptionInput!) { checkout { selectCheckoutShippingOption(input: $input) { checkout { entityId } } } }', {
    input: { checkoutEntityId: cartId, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
  });
  return cartId;
}
