import type { Sandbox } from '@bc-headless/sandbox';

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

/** POSTs one GraphQL request straight to the sandbox as a guest; throws on any error. */
export async function sandboxGraphql<T = any>(sandbox: Pick<Sandbox, 'url' | 'storefrontToken'>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.storefrontToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (!response.ok || json.errors?.length || !json.data) throw new Error(`sandbox GraphQL failed (${response.status}): ${text.slice(0, 300)}`);
  return json.data;
}

/**
 * Creates `count` guest checkouts ready to complete (one in-stock item, billing address, shipping
 * consignment with a selected option), straight on the sandbox; returns their ids. Items rotate
 * over every variant with stock, so no variant runs out.
 */
export async function createCheckouts(sandbox: Sandbox, count: number, concurrency = 16): Promise<string[]> {
  const variants = (sandbox.store.catalog.products as readonly any[]).flatMap((p) =>
    (p.variants as any[]).filter((v) => v.stock >= 10).map((v) => ({ productEntityId: p.entityId as number, variantEntityId: v.entityId as number })),
  );
  const ids: string[] = new Array(count);
  let next = 0;
  const one = async (i: number) => {
    const line = variants[i % variants.length]!;
    const created = await sandboxGraphql(sandbox, 'mutation ($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId lineItems { physicalItems { entityId quantity } } } } } }', {
      input: { lineItems: [{ ...line, quantity: 1 }] },
    });
    const cart = created.cart.createCart.cart;
    const checkoutEntityId = cart.entityId as string;
    await sandboxGraphql(sandbox, 'mutation ($input: AddCheckoutBillingAddressInput!) { checkout { addCheckoutBillingAddress(input: $input) { checkout { entityId } } } }', {
      input: { checkoutEntityId, data: { address: ADDRESS } },
    });
    const lineItems = cart.lineItems.physicalItems.map((item: { entityId: string; quantity: number }) => ({ lineItemEntityId: item.entityId, quantity: item.quantity }));
    const shipped = await sandboxGraphql(
      sandbox,
      'mutation ($input: AddCheckoutShippingConsignmentsInput!) { checkout { addCheckoutShippingConsignments(input: $input) { checkout { shippingConsignments { entityId availableShippingOptions { entityId } } } } } }',
      { input: { checkoutEntityId, data: { consignments: [{ address: ADDRESS, lineItems }] } } },
    );
    const consignment = shipped.checkout.addCheckoutShippingConsignments.checkout.shippingConsignments[0];
    await sandboxGraphql(sandbox, 'mutation ($input: SelectCheckoutShippingOptionInput!) { checkout { selectCheckoutShippingOption(input: $input) { checkout { entityId } } } }', {
      input: { checkoutEntityId, consignmentEntityId: consignment.entityId, data: { shippingOptionEntityId: consignment.availableShippingOptions[0].entityId } },
    });
    ids[i] = checkoutEntityId;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await one(next++);
    }),
  );
  return ids;
}
