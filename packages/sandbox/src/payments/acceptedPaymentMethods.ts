import type { SandboxCustomer } from '../store/SandboxStore.js';
import { storedCardToken } from './storedCardToken.js';

/** The payment method ids the sandbox's one gateway accepts. */
export const ACCEPTED_PAYMENT_METHOD_IDS = ['stripe.card'];

/**
 * `GET /v3/payments/methods` data for an order: the sandbox's Stripe card gateway in test mode,
 * with the customer's demo stored card (reference/payments/accepted-methods_payments.v3.yml,
 * docs/store-operations/payments/index.mdx "Get payment methods").
 */
export function acceptedPaymentMethods(secret: Uint8Array, customer: SandboxCustomer | null): unknown[] {
  const cardTypes = ['VISA', 'MASTERCARD', 'AMEX', 'DISCOVER', 'JCB', 'DINERS_CLUB', 'STORED_CARD'];
  return [
    {
      id: 'stripe.card',
      name: 'Stripe',
      test_mode: true,
      type: 'card',
      supported_instruments: cardTypes.map((instrument_type) => ({ instrument_type, verification_value_required: true })),
      stored_instruments: customer
        ? [
            {
              type: 'stored_card',
              brand: 'VISA',
              expiry_month: 12,
              expiry_year: 2035,
              issuer_identification_number: '411111',
              last_4: '1111',
              token: storedCardToken(secret, customer.entityId),
              is_default: true,
            },
          ]
        : [],
    },
  ];
}
