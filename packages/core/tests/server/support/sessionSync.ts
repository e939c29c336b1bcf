import type { Sandbox } from '@bc-headless/sandbox';
import { SECRET } from './startStack.js';

/**
 * Asks the sandbox for a session-sync JWT as a hosted page would, for a shopper at `ip` (through
 * the trusted proxy when the sandbox has a secret), optionally signed in with `customerToken`.
 */
export async function hostedSessionSyncJwt(sandbox: Sandbox, options: { ip?: string; redirectTo?: string; cartId?: string | null; customerToken?: string } = {}): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}` };
  if (sandbox.trustedProxySecret && options.ip) {
    headers['x-bc-trusted-proxy-secret'] = SECRET;
    headers['true-client-ip'] = options.ip;
  }
  if (options.customerToken) headers['x-bc-customer-access-token'] = options.customerToken;
  const response = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'mutation ($r: String!, $c: String) { generateSessionSyncJwt(redirectTo: $r, cartId: $c) { result { token } errors { ... on Error { message } } } }',
      variables: { r: options.redirectTo ?? '/account', c: options.cartId ?? null },
    }),
  });
  const body = (await response.json()) as { data?: { generateSessionSyncJwt: { result: { token: string } | null } } };
  const token = body.data?.generateSessionSyncJwt.result?.token;
  if (!token) throw new Error(`generateSessionSyncJwt failed: ${JSON.stringify(body)}`);
  return token;
}

/** A JWT-shaped token the sandbox will refuse (signature does not verify). */
export function forgedJwt(): string {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${b64({ alg: 'ES256', typ: 'JWT' })}.${b64({ iss: 'BC', operation: 'session_sync' })}.${Buffer.from('not a signature').toString('base64url')}`;
}

/** Logs a customer in directly at the sandbox (as a hosted page's session would be). */
export async function sandboxLogin(sandbox: Sandbox, index = 0): Promise<string> {
  const customer = sandbox.customers[index]!;
  const response = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}` },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', variables: { e: customer.email, p: customer.password } }),
  });
  const body = (await response.json()) as { data: { login: { customerAccessToken: { value: string } } } };
  return body.data.login.customerAccessToken.value;
}
