import { createHmac } from 'node:crypto';

/**
 * The token of the demo stored card each customer has (64 hex characters, as BigCommerce's stored
 * instrument tokens; reference/payments/accepted-methods_payments.v3.yml). Derived from the sandbox
 * secret so it is stable for a run and unguessable.
 */
export function storedCardToken(secret: Uint8Array, customerId: number): string {
  return createHmac('sha256', secret).update(`stored-card:${customerId}`).digest('hex');
}
