import type { SessionState } from '../createSessionStore.js';
import { CustomerAccessTokenError } from '../errors/CustomerAccessTokenError.js';
import { CART_QUERY, type CartResult } from './documents/cartDocuments.js';
import { CHECKOUT_QUERY, type CheckoutResult } from './documents/checkoutDocuments.js';
import { CUSTOMER_QUERY, type CustomerResult } from './documents/customerDocuments.js';
import type { CustomerScope } from './customerScope.js';
import { STALE_TIME, type QueryLayerContext } from './QueryLayerContext.js';
import type { StorefrontQueryOptions } from './StorefrontQueryOptions.js';

/**
 * What the customer and cart queries do with an answer, theirs or `VIEW`'s: a customer the server
 * no longer knows (token expired, signed out elsewhere) signs the session out, which moves every
 * customer-scoped query to the guest scope; a cart that is gone (checked out, expired) is
 * forgotten, so the next add starts a new one. Only while the session still names that customer
 * or cart: a later change of session wins. INTERNAL.
 */
export const settleShopper = {
  customer(ctx: QueryLayerContext, scope: CustomerScope, customer: CustomerResult | null | undefined): CustomerResult | null {
    if (!customer && ctx.scope(ctx.session.getSnapshot()) === scope) ctx.session.setCustomer(null);
    return customer ?? null;
  },
  cart(ctx: QueryLayerContext, cartId: string, cart: CartResult | null | undefined): CartResult | null {
    if (!cart && ctx.session.getSnapshot().cartId === cartId) ctx.session.setCartId(null);
    return cart ?? null;
  },
};

/**
 * The customer-scoped queries: keyed by customer scope (and cart id), not by locale. A cart's
 * lines, quantities and amounts do not change with the display language, and cart mutations write
 * one cached cart: with the locale in its key, switching back to a language would show that
 * language's older copy of the cart. INTERNAL (see `storefrontQueries`).
 */
export function shopperQueries(ctx: QueryLayerContext) {
  const { client, keys, imageWidth } = ctx;
  return {
    /** The signed-in customer's profile, or `null` for a guest (no request is made then). */
    customer(state?: SessionState): StorefrontQueryOptions<CustomerResult | null> {
      const scope = ctx.scope(ctx.state(state));
      return {
        queryKey: keys.customer(scope) as never,
        queryFn: async ({ signal }) => {
          if (scope === 'guest') return null;
          let customer: CustomerResult | null = null;
          try {
            customer = (await client.request(CUSTOMER_QUERY, {}, { signal })).customer;
          } catch (error) {
            if (!(error instanceof CustomerAccessTokenError)) throw error;
          }
          return settleShopper.customer(ctx, scope, customer);
        },
        staleTime: STALE_TIME.shopper,
        retry: false,
      };
    },

    /** The session's cart, or `null` when there is none (no request is made then). */
    cart(state?: SessionState): StorefrontQueryOptions<CartResult | null> {
      const s = ctx.state(state);
      const { cartId } = s;
      return {
        queryKey: keys.cart(ctx.scope(s), cartId) as never,
        queryFn: async ({ signal }) => {
          if (!cartId) return null;
          return settleShopper.cart(ctx, cartId, (await client.request(CART_QUERY, { entityId: cartId, imageWidth }, { signal })).site.cart);
        },
        staleTime: STALE_TIME.shopper,
        retry: false,
      };
    },

    /** The checkout of the session's cart (same id), or `null` when there is no cart. */
    checkout(state?: SessionState): StorefrontQueryOptions<CheckoutResult | null> {
      const s = ctx.state(state);
      const { cartId } = s;
      return {
        queryKey: keys.checkout(ctx.scope(s), cartId) as never,
        queryFn: async ({ signal }) => (cartId ? (await client.request(CHECKOUT_QUERY, { entityId: cartId }, { signal })).site.checkout : null),
        staleTime: STALE_TIME.shopper,
        retry: false,
      };
    },
  };
}
