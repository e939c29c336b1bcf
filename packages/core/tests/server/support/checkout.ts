import type { Shopper } from './shopper.js';
import { prepareCheckout } from '../../../../../tools/test-stack/prepareCheckout.mjs';
import { createCartThrough, gqlThrough } from './shopper.js';

export { testCard as card } from '../../../../../tools/test-stack/prepareCheckout.mjs';

/** Creates a cart and fills in billing and shipping through the handler; returns the checkout id. */
export async function readyCheckout(stack: { api: string; sandbox: any }, shopper: Shopper): Promise<string> {
  const cartId = await createCartThrough(stack, shopper);
  await prepareCheckout(async (query, variables) => {
    const result = await gqlThrough(shopper, stack.api, query, variables);
    if (result.body.errors?.length) throw new Error(result.text);
    return result.body.data;
  }, cartId);
  return cartId;
}
