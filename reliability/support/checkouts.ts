import type { Sandbox } from '@bc-headless/sandbox';
import { prepareCheckout } from '../../tools/test-stack/prepareCheckout.mjs';
import { runConcurrently } from './runConcurrently.js';

export { testCard as card } from '../../tools/test-stack/prepareCheckout.mjs';

/** POSTs one GraphQL request straight to the sandbox as a guest; throws on any error. */
export async function sandboxGraphql<T = any>(sandbox: Pick<Sandbox, 'url' | 'privateToken'>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}` },
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
  // Products with a required modifier (an engraving text) need a value the plain line does not carry.
  const plain = (sandbox.store.catalog.products as readonly any[]).filter((p) => !(p.modifiers as Array<{ isRequired: boolean }> | undefined)?.some((m) => m.isRequired));
  const variants = plain.flatMap((p) =>
    (p.variants as any[]).filter((v) => v.stock >= 10).map((v) => ({ productEntityId: p.entityId as number, variantEntityId: v.entityId as number })),
  );
  const ids: string[] = new Array(count);
  const one = async (i: number) => {
    const line = variants[i % variants.length]!;
    const created = await sandboxGraphql(sandbox, 'mutation ($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId lineItems { physicalItems { entityId quantity } } } } } }', {
      input: { lineItems: [{ ...line, quantity: 1 }] },
    });
    const cart = created.cart.createCart.cart;
    const checkoutEntityId = cart.entityId as string;
    await prepareCheckout((query, variables) => sandboxGraphql(sandbox, query, variables), checkoutEntityId, cart.lineItems.physicalItems);
    ids[i] = checkoutEntityId;
  };
  await runConcurrently(count, concurrency, one);
  return ids;
}
