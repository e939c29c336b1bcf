import { data } from 'react-router';
import { CartPage } from '../pages/CartPage.js';
import { formInt, runMutation, seeOther, shopperContext } from '../shopperAction.server.js';
import type { Route } from './+types/cart';

/** The cart's − / + / Remove without JavaScript: each line's plain form posts here. */
export async function action({ request, context }: Route.ActionArgs) {
  const { ctx } = shopperContext(request, context);
  const form = await request.formData();
  const line = form.get('line');
  const intent = form.get('intent');
  const quantity = formInt(form, 'quantity', 1, 9999);
  const productEntityId = formInt(form, 'productEntityId', 1);
  const variantEntityId = formInt(form, 'variantEntityId', 1);
  if (typeof line !== 'string' || !/^[\w-]{1,64}$/.test(line) || quantity === null || productEntityId === null || !['increase', 'decrease', 'remove'].includes(String(intent))) {
    return data({ error: 'A cart line form needs line, quantity, productEntityId and intent (increase, decrease or remove).' }, { status: 400 });
  }
  try {
    if (intent === 'remove') await runMutation(ctx, ctx.queries.removeCartLine(), { lineItemEntityId: line });
    else {
      const next = intent === 'increase' ? quantity + 1 : quantity - 1;
      await runMutation(ctx, ctx.queries.updateCartLine(), { lineItemEntityId: line, quantity: next, productEntityId, ...(variantEntityId ? { variantEntityId } : {}) });
    }
  } catch (error) {
    return data({ error: (error as Error).message }, { status: 502 });
  }
  return seeOther(request, ctx, new URL(request.url).pathname);
}

/** `/cart`. */
export default function Cart() {
  return <CartPage />;
}
