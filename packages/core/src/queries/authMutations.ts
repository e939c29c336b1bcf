import type { QueryClient } from '@tanstack/query-core';
import type { CustomerResult } from './documents/customerDocuments.js';
import type { CustomerScope } from './customerScope.js';
import { CART_SCOPE, type QueryLayerContext } from './QueryLayerContext.js';
import type { StorefrontMutationOptions } from './StorefrontQueryOptions.js';

/** What "Sign in" sends. */
export interface LoginVariables {
  email: string;
  password: string;
}

/** The handler's answer to `POST /login`: the public profile, never a token. */
export interface LoginResult {
  customer: CustomerResult;
  cart: { entityId: string } | null;
  correlationId: string;
}

/** The handler's answer to `POST /logout`. */
export interface LogoutResult {
  ok: boolean;
  correlationId: string;
}

/** Who was signed in before a login or logout ran. */
export interface ScopeBefore {
  scope: CustomerScope;
}

/**
 * Login and logout, through the storefront handler (it keeps the customer access token in an
 * httpOnly cookie). Both change the customer scope, so they touch exactly the customer-scoped
 * queries: the shopper's (customer, cart, checkout) and the catalog's, whose answers carry the
 * customer's group prices on BigCommerce. The previous scope's entries are removed (another
 * person's data must not linger on a shared device); the new scope's shopper entries are
 * invalidated, and its catalog queries fetch when a view asks for them. Settings stay. INTERNAL.
 */
export function authMutations(ctx: QueryLayerContext) {
  const { session, keys, routes } = ctx;
  const all = keys.all();
  const onMutate = (): ScopeBefore => ({ scope: ctx.scope(session.getSnapshot()) });
  // Order matters: the new scope's cache is prepared (stale entries marked, the returned profile
  // written) BEFORE the session changes, because a session listener (an adapter) re-keys its
  // queries synchronously and must find the profile there; the old scope's entries go after.
  const rescope = async (queryClient: QueryClient, before: CustomerScope, customer: CustomerResult | null, cartId: string | null, updateSession: () => void) => {
    const after: CustomerScope = customer?.entityId ?? 'guest';
    const refetch = queryClient.invalidateQueries({ queryKey: keys.shopper(after) });
    if (customer) queryClient.setQueryData(keys.customer(after), customer);
    // The session changes the customer, then the cart id (the login merged the guest cart into the
    // customer's): the cart key in between names the old guest cart under the new scope. Its
    // answer is known (gone), so the re-keyed cart query waits for the real id instead of asking.
    const { cartId: oldCartId } = session.getSnapshot();
    if (cartId && oldCartId && cartId !== oldCartId) queryClient.setQueryData(keys.cart(after, oldCartId), null);
    updateSession();
    if (before !== after) {
      queryClient.removeQueries({ queryKey: keys.shopper(before) });
      queryClient.removeQueries({ queryKey: keys.catalog(before) });
    }
    await refetch;
  };

  return {
    /** Signs in; a guest cart is merged into the customer's (BigCommerce's `guestCartEntityId`). */
    login(): StorefrontMutationOptions<LoginResult, LoginVariables, ScopeBefore> {
      return {
        mutationKey: [...all, 'login'],
        mutationFn: ({ email, password }) => {
          const { cartId } = session.getSnapshot();
          return routes.call<LoginResult>('POST', '/login', { email, password, ...(cartId ? { guestCartEntityId: cartId } : {}) });
        },
        onMutate,
        // Queued with the cart mutations: login merges the guest cart, logout hands it back.
        scope: { id: CART_SCOPE },
        onSuccess: ({ customer, cart }, _variables, before, { client: queryClient }) =>
          rescope(queryClient, before.scope, customer, cart?.entityId ?? null, () => {
            session.setCustomer({ ...customer });
            if (cart) session.setCartId(cart.entityId);
          }),
      };
    },

    /** Signs out. The cart stays with the device as a guest cart (the handler's `logout(cartEntityId)`). */
    logout(): StorefrontMutationOptions<LogoutResult, void, ScopeBefore> {
      return {
        mutationKey: [...all, 'logout'],
        mutationFn: () => {
          const { cartId } = session.getSnapshot();
          return routes.call<LogoutResult>('POST', '/logout', cartId ? { cartEntityId: cartId } : {});
        },
        onMutate,
        // Queued with the cart mutations: login merges the guest cart, logout hands it back.
        scope: { id: CART_SCOPE },
        onSuccess: (_result, _variables, before, { client: queryClient }) => rescope(queryClient, before.scope, null, null, () => session.setCustomer(null)),
      };
    },
  };
}
