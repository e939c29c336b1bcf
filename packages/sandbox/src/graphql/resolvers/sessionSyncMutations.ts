import { absoluteRedirect, attemptSessionSync, signSessionSyncJwt } from '../../sessionSync/sessionSyncJwt.js';
import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { customerView } from '../views/customerView.js';

type Analytics = { initiator?: { visitId: string; visitorId: string } | null } | null | undefined;

/** `generateSessionSyncJwt` and `validateSessionSyncJwt` (see sessionSync/sessionSyncJwt.ts). */
export function sessionSyncMutations(ctx: GraphQLContext) {
  const { store, deps } = ctx;
  return {
    generateSessionSyncJwt: async ({ redirectTo, cartId, analytics }: { redirectTo: string; cartId?: string | null; analytics?: Analytics }) => {
      if (!absoluteRedirect(deps.config.origin, redirectTo)) {
        throw new StoreError('BAD_USER_INPUT', `Invalid redirectTo "${redirectTo}": it must be a path (or URL) on the store's domain ${deps.config.origin}.`);
      }
      let cart = null;
      if (cartId) {
        cart = store.carts.get(cartId) ?? null;
        if (!cart || (cart.customerEntityId !== null && cart.customerEntityId !== ctx.customer?.entityId)) {
          return { result: null, errors: [{ __typename: 'GenerateSessionSyncTokenCartNotFound', message: `Cart not found: no cart with entityId "${cartId}" for this shopper.` }] };
        }
      }
      const { token, url } = await signSessionSyncJwt(deps, {
        cartId: cart?.entityId ?? null,
        customerId: ctx.customer?.entityId ?? null,
        redirectTo,
        requestIp: ctx.req.clientIp,
        cartLocale: cart?.locale ?? null,
        ...(analytics?.initiator ? { visitorId: analytics.initiator.visitorId, visitId: analytics.initiator.visitId } : {}),
      });
      return { result: { token, url }, errors: [] };
    },
    validateSessionSyncJwt: async ({ jwt }: { jwt: string }) => {
      const outcome = await attemptSessionSync(deps, jwt, ctx.req.clientIp);
      if (!outcome.ok && 'blocked' in outcome) {
        ctx.httpOverride = {
          status: 429,
          headers: { 'retry-after': String(outcome.blocked) },
          code: 'TOO_MANY_REQUESTS',
          message: `Too many invalid session sync JWTs from this IP: validateSessionSyncJwt is blocked for ${outcome.blocked} more seconds.`,
        };
        return { content: null, errors: [] };
      }
      if (!outcome.ok) {
        return {
          content: null,
          errors: [
            outcome.expired
              ? { __typename: 'JwtTokenExpiredError', message: outcome.message }
              : { __typename: 'InvalidSessionSyncJwtError', errorType: outcome.errorType, message: outcome.message },
          ],
        };
      }
      const payload = outcome.claims.session_payload;
      const customer = payload.customer_id != null ? (store.customers.get(payload.customer_id) ?? null) : null;
      const cart = payload.cart_id ? (store.carts.get(payload.cart_id) ?? null) : null;
      if (customer) ctx.customer = customer;
      return {
        errors: [],
        content: {
          redirectTo: outcome.claims.redirect_to,
          customer: customer ? customerView(customer, ctx.store) : null,
          customerAccessToken: customer ? store.issueCustomerAccessToken(customer.entityId) : null,
          cart: cart ? cartView(ctx, cart) : null,
        },
      };
    },
  };
}
