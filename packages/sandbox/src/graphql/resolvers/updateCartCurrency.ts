import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { requireAccessibleCart } from './accessibleCart.js';

/**
 * `cart.updateCartCurrency`. On BigCommerce it creates a new cart in the new currency (Catalyst,
 * core/components/header/_actions/switch-currency.ts at d4690786b: "the cart ID will change"). The
 * sandbox's store sells in one currency, so the only accepted code is the cart's own, which
 * answers the same cart; any other code is refused naming the store's currency.
 */
export function updateCartCurrency(ctx: GraphQLContext) {
  return ({ input }: { input: { cartEntityId: string; data: { currencyCode: string } } }) => {
    const cart = requireAccessibleCart(ctx, input.cartEntityId);
    const wanted = input.data.currencyCode.trim().toUpperCase();
    if (wanted !== ctx.store.settings.currencyCode) {
      throw new StoreError('BAD_USER_INPUT', `Invalid currencyCode "${input.data.currencyCode.slice(0, 10)}" for updateCartCurrency: this store sells in ${ctx.store.settings.currencyCode} only.`);
    }
    return { cart: cartView(ctx, cart) };
  };
}
