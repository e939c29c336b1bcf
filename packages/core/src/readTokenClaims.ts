/**
 * The claims of a JWT GraphQL token, or `{}` when `token` is not a readable JWT (the signature is
 * not checked: BigCommerce does that). Used to refuse, at creation, a token in the wrong place:
 * a private or impersonation token in the browser, a storefront token created after the cut-off
 * on the server. BigCommerce's storefront tokens carry `token_type: 1`; the sandbox marks
 * impersonation tokens 2 and private ones 3, and private ones carry `scopes`.
 */
export function readTokenClaims(token: string): { token_type?: number; scopes?: string[]; iat?: number } {
  try {
    return JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) || {};
  } catch {
    return {};
  }
}
