// Test checkouts, one way for every suite: the address, the card, and the steps that take a cart
// to the point where `completeCheckout` may run.

/** The US address every test checkout bills and ships to. */
export const TEST_ADDRESS = Object.freeze({
  firstName: 'Jane',
  lastName: 'Doe',
  email: 'jane@example.com',
  address1: '1 Main St',
  city: 'Austin',
  stateOrProvinceCode: 'TX',
  postalCode: '78701',
  countryCode: 'US',
  shouldSaveAddress: false,
});

/** A card instrument as the Payments API takes it. */
export function testCard(number) {
  return { type: 'card', cardholder_name: 'Jane Doe', number, expiry_month: 12, expiry_year: 2030, verification_value: '123' };
}

/**
 * Fills in a cart's checkout up to completing it: billing address, one shipping consignment with
 * every line, and its first shipping option. `graphql(query, variables)` sends one request however
 * the suite reaches the store (straight to the sandbox, or through the storefront handler) and
 * resolves the answer's `data`, throwing on errors. Without `lineItems` the cart is read first.
 */
export async function prepareCheckout(graphql, checkoutEntityId, lineItems) {
  await graphql('mutation Billing($input: AddCheckoutBillingAddressInput!) { checkout { addCheckoutBillingAddress(input: $input) { checkout { entityId } } } }', {
    input: { checkoutEntityId, data: { address: TEST_ADDRESS } },
  });
  if (!lineItems) {
    const read = await graphql('query Cart($id: String) { site { cart(entityId: $id) { lineItems { physicalItems { entityId quantity } } } } }', { id: checkoutEntityId });
    lineItems = read.site.cart.lineItems.physicalItems;
  }
  const consignments = [{ address: TEST_ADDRESS, lineItems: lineItems.map((item) => ({ lineItemEntityId: item.entityId, quantity: item.quantity })) }];
  const shipped = await graphql(
    'mutation Ship($input: AddCheckoutShippingConsignmentsInput!) { checkout { addCheckoutShippingConsignments(input: $input) { checkout { shippingConsignments { entityId availableShippingOptions { entityId } } } } } }',
    { input: { checkoutEntityId, data: { consignments } } },
  );
  const consignment = shipped.checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
  await graphql('mutation Option($input: SelectCheckoutShippingOptionInput!) { checkout { selectCheckoutShippingOption(input: $input) { checkout { entityId } } } }', {
    input: { checkoutEntityId, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
  });
}
