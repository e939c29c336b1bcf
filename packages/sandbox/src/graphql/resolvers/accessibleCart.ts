import type { SandboxCart } from '../../store/SandboxStore.js';
import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';

/**
 * The cart if this request may see it: a guest cart is visible to anyone holding its id; a
 * customer's cart only with that customer's access token (as on BigCommerce).
 */
export function findAccessibleCart(ctx: GraphQLContext, entityId: string): SandboxCart | null {
  const cart = ctx.store.carts.get(entityId);
  if (!cart) return null;
  if (cart.customerEntityId !== null && cart.customerEntityId !== ctx.customer?.entityId) return null;
  return cart;
}

/** Like `findAccessibleCart`, but a missing/foreign cart is a refusal. */
export function requireAccessibleCart(ctx: GraphQLContext, entityId: string, what = 'Cart'): SandboxCart {
  const cart = findAccessibleCart(ctx, entityId);
  const hint = `no ${what.toLowerCase()} with entityId "${entityId}" for this shopper. Check the id, and send the customer's access token for a customer's cart.`;
  // A cart mutation on an unknown cart: BigCommerce answers 'Not Found: Cart does not exist' at
  // the mutation's path, with no `extensions` (bigcommerce/nextjs-commerce#26); clients tell a
  // gone cart by reading `site.cart` (null), as Catalyst does. The sandbox adds its hint after.
  if (!cart && what === 'Cart') throw new StoreError(null, `Not Found: Cart does not exist: ${hint}`);
  if (!cart) throw new StoreError('NOT_FOUND', `${what} not found: ${hint}`);
  return cart;
}

/** The customer's most recently updated cart, if any. */
export function latestCustomerCart(ctx: GraphQLContext, customerEntityId: number): SandboxCart | null {
  let best: SandboxCart | null = null;
  for (const cart of ctx.store.carts.values()) {
    if (cart.customerEntityId === customerEntityId && (!best || cart.updatedAt > best.updatedAt)) best = cart;
  }
  return best;
}
