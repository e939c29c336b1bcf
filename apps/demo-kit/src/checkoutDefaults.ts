import type { CheckoutAddress, CheckoutResult } from '@bc-headless/core/queries';
import { demoAddress } from './demoAddress.js';

type Customer = { email?: string; firstName?: string; lastName?: string } | null | undefined;

const BLANK: CheckoutAddress = { firstName: '', lastName: '', email: '', address1: '', city: '', stateOrProvince: '', postalCode: '', countryCode: 'US' };

/** The address the checkout form starts with: the checkout's, else a demo customer's, else blank. */
export function initialAddress(checkout: Pick<CheckoutResult, 'shippingConsignments' | 'billingAddress'>, customer: Customer): CheckoutAddress {
  const saved = checkout.shippingConsignments?.[0]?.address ?? checkout.billingAddress;
  if (saved?.address1) {
    const { firstName, lastName, email, address1, city, stateOrProvince, postalCode, countryCode } = saved;
    return { firstName: firstName ?? '', lastName: lastName ?? '', email: email ?? customer?.email ?? '', address1, city: city ?? '', stateOrProvince: stateOrProvince ?? '', postalCode: postalCode ?? '', countryCode };
  }
  return demoAddress(customer) ?? { ...BLANK, email: customer?.email ?? '', firstName: customer?.firstName ?? '', lastName: customer?.lastName ?? '' };
}

/** The card form's fields, as `cardInstrument` takes them. */
export interface CardFields {
  number: string;
  name: string;
  expiryMonth: string;
  expiryYear: string;
  cvv: string;
}

/** The card form's start: the name from the address, an expiry two years ahead (`now` for tests). */
export function initialCard(address: Pick<CheckoutAddress, 'firstName' | 'lastName'>, now = new Date()): CardFields {
  return { number: '', name: `${address.firstName ?? ''} ${address.lastName ?? ''}`.trim(), expiryMonth: '12', expiryYear: String(now.getFullYear() + 2), cvv: '' };
}
