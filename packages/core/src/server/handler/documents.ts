// The GraphQL documents the handler sends; names and shapes follow shared/bigcommerce-storefront.graphql.

/** `login`, merging the guest cart. */
export const LOGIN = /* GraphQL */ `mutation BcHeadlessLogin($email: String!, $password: String!, $guestCartEntityId: String) {
  login(email: $email, password: $password, guestCartEntityId: $guestCartEntityId) {
    customer { entityId firstName lastName email }
    customerAccessToken { value expiresAt }
    cart { entityId }
  }
}`;

/** `logout`, keeping the cart with the device. */
export const LOGOUT = /* GraphQL */ `mutation BcHeadlessLogout($cartEntityId: String) {
  logout(cartEntityId: $cartEntityId) { result }
}`;

/** Session sync out: a JWT link to the hosted page. */
export const GENERATE_SESSION_SYNC_JWT = /* GraphQL */ `mutation BcHeadlessGenerateSessionSyncJwt($redirectTo: String!, $cartId: String, $analytics: AnalyticsCommonEventInput) {
  generateSessionSyncJwt(redirectTo: $redirectTo, cartId: $cartId, analytics: $analytics) {
    result { url }
    errors { __typename ... on GenerateSessionSyncTokenCartNotFound { message } }
  }
}`;

/** Session sync in: a hosted page's JWT for this shopper. */
export const VALIDATE_SESSION_SYNC_JWT = /* GraphQL */ `mutation BcHeadlessValidateSessionSyncJwt($jwt: String!) {
  validateSessionSyncJwt(jwt: $jwt) {
    content {
      redirectTo
      customer { entityId firstName lastName email }
      customerAccessToken { value expiresAt }
      cart { entityId }
    }
    errors {
      __typename
      ... on InvalidSessionSyncJwtError { errorType message }
      ... on JwtTokenExpiredError { message }
    }
  }
}`;

/** Complete checkout: the order id and the payment access token. */
export const COMPLETE_CHECKOUT = /* GraphQL */ `mutation BcHeadlessCompleteCheckout($checkoutEntityId: String!) {
  checkout { completeCheckout(input: { checkoutEntityId: $checkoutEntityId }) { orderEntityId paymentAccessToken } }
}`;

/** The public profile returned after login or session sync. */
export interface CustomerProfileResult {
  entityId: number;
  firstName: string;
  lastName: string;
  email: string;
}

/** A customer access token as GraphQL returns it. */
export interface CustomerAccessTokenResult {
  value: string;
  expiresAt: string;
}
