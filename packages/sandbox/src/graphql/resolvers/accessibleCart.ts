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

/** Like `findAccessibleCart`, but a missing/foreign cart is a NOT_FOUND refusal. */
export function requireAccessibleCart(ctx: GraphQLContext, entityId: string, what = 'Cart'): SandboxCart {
  const cart = findAccessibleCart(ctx, entityId);
  if (!cart) {
    throw new StoreError('NOT_FOUND', `${what} not found: no ${what.toLowerCase()} with entityId "${entityId}" for this shopper. Check the id, and send the customer's access token for a customer's cart.`);
  }
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
