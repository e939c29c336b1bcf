import type { SessionState } from '../createSessionStore.js';
import { CustomerAccessTokenError } from '../errors/CustomerAccessTokenError.js';
import { CART_QUERY, type CartResult } from './documents/cartDocuments.js';
import { CHECKOUT_QUERY, type CheckoutResult } from './documents/checkoutDocuments.js';
import { CUSTOMER_QUERY, type CustomerResult } from './documents/customerDocuments.js';
import { STALE_TIME, type QueryLayerContext } from './QueryLayerContext.js';
import type { StorefrontQueryOptions } from './StorefrontQueryOptions.js';

/**
 * The customer-scoped queries: keyed by customer scope (and cart id), not by locale. A cart's
 * lines, quantities and amounts do not change with the display language, and cart mutations write
 * one cached cart: with the locale in its key, switching back to a language would show that
 * language's older copy of the cart. INTERNAL (see `storefrontQueries`).
 */
export function shopperQueries(ctx: QueryLayerContext) {
  const { client, session, keys, imageWidth } = ctx;
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
          // The server no longer knows this customer (token expired, signed out elsewhere): the
          // session says so too, which moves every customer-scoped query to the guest scope.
          if (!customer && ctx.scope(session.getSnapshot()) === scope) session.setCustomer(null);
          return customer;
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
          const cart = (await client.request(CART_QUERY, { entityId: cartId, imageWidth }, { signal })).site.cart;
          // Gone (checked out, expired): forget the id, so the next add starts a new cart.
          if (!cart && session.getSnapshot().cartId === cartId) session.setCartId(null);
          return cart;
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
