import { jwtVerify, errors as joseErrors } from 'jose';
import { StoreError } from '../../store/StoreError.js';
import { customerLoginClient } from '../../tokens/customerLoginClient.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { customerView } from '../views/customerView.js';
import { mergeGuestCart } from './customerMutations.js';

/**
 * How old a Customer Login JWT may be. BigCommerce's page does not state a window in the part
 * read; JWTs are meant to be used at once, and the sandbox allows 30 seconds (plus 5 seconds of
 * clock skew the other way).
 */
export const CUSTOMER_LOGIN_JWT_MAX_AGE_SECONDS = 30;

const refuse = (why: string) => new StoreError('INVALID_CREDENTIALS', `Invalid customer login JWT: ${why}. Sign a new one with the sandbox's customer login client secret (GET /__sandbox/config).`);

/**
 * `loginWithCustomerLoginJwt(jwt, guestCartEntityId)`: signs in the customer a Customer Login JWT
 * names (HS256 with the client secret; claims iss, iat, jti, operation "customer_login",
 * store_hash, customer_id, optional channel_id), once per `jti`, and merges the guest cart as
 * `login` does.
 */
export function loginWithCustomerLoginJwt(ctx: GraphQLContext) {
  return async ({ jwt, guestCartEntityId }: { jwt: string; guestCartEntityId?: string | null }) => {
    const { store, deps } = ctx;
    const { clientId, clientSecret } = customerLoginClient(deps.keys);
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(jwt, new TextEncoder().encode(clientSecret), {
        algorithms: ['HS256'],
        issuer: clientId,
        currentDate: new Date(deps.clock.now()),
        maxTokenAge: CUSTOMER_LOGIN_JWT_MAX_AGE_SECONDS,
        clockTolerance: 5,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw refuse('it is older than 30 seconds');
      if (error instanceof joseErrors.JOSEError) throw refuse(error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' ? `claim ${(error as joseErrors.JWTClaimValidationFailed).claim} is wrong` : 'it is malformed or not signed with the client secret');
      throw error;
    }
    if (claims.operation !== 'customer_login') throw refuse('operation must be "customer_login"');
    if (claims.store_hash !== store.storeHash) throw refuse('store_hash is not this store\'s');
    if (claims.channel_id !== undefined && claims.channel_id !== deps.config.channelId) throw refuse('channel_id is not this storefront\'s channel');
    if (typeof claims.jti !== 'string' || claims.jti === '' || claims.jti.length > 200) throw refuse('jti is missing');
    const customer = typeof claims.customer_id === 'number' ? store.customers.get(claims.customer_id) : undefined;
    if (!customer) throw refuse('customer_id names no customer of this store');
    // Single use: the jti is remembered with the session-sync ones (kept in a data dir), in its own namespace.
    const used = `customer-login:${claims.jti}`;
    if (store.usedSessionSyncJtis.has(used)) throw refuse('this jti was already used');
    store.usedSessionSyncJtis.add(used);
    const token = store.issueCustomerAccessToken(customer.entityId);
    ctx.customer = customer;
    const cart = mergeGuestCart(ctx, customer.entityId, guestCartEntityId);
    return { customer: customerView(customer, store), customerAccessToken: token, cart: cart ? cartView(ctx, cart) : null };
  };
}
