import { createHmac } from 'node:crypto';
import type { SandboxKeys } from '../keys.js';

/**
 * The OAuth client (id and secret) a Customer Login JWT is signed for. On BigCommerce it is the
 * app's API account: the JWT's `iss` is its client id and the HS256 key its client secret
 * (developer.bigcommerce.com/docs/start/authentication/customer-login, "Customer Login JWT
 * payload reference"). The sandbox derives one from its payment secret, so it is stable for a
 * store (and across restarts of a data dir) without another key to keep.
 */
export function customerLoginClient(keys: SandboxKeys): { clientId: string; clientSecret: string } {
  const derive = (label: string) => createHmac('sha256', keys.paymentSecret).update(label).digest('hex');
  return { clientId: `sandbox-${derive('customer-login-client-id').slice(0, 24)}`, clientSecret: derive('customer-login-client-secret') };
}
