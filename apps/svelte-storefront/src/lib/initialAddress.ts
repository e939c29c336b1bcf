import type { CheckoutAddress, CheckoutResult } from '@bc-headless/core/queries';
import { demoAddress } from '@bc-headless/demo-kit/browser';

const BLANK: CheckoutAddress = { firstName: '', lastName: '', email: '', address1: '', city: '', stateOrProvince: '', postalCode: '', countryCode: 'US' };

/** The address the checkout form starts with: the checkout's, else a demo customer's, else blank. */
export function initialAddress(checkout: CheckoutResult, customer: { email?: string; firstName?: string; lastName?: string } | null | undefined): CheckoutAddress {
  const saved = checkout.shippingConsignments?.[0]?.address ?? checkout.billingAddress;
  if (saved?.address1) {
    const { firstName, lastName, email, address1, city, stateOrProvince, postalCode, countryCode } = saved;
    return { firstName: firstName ?? '', lastName: lastName ?? '', email: email ?? customer?.email ?? '', address1, city: city ?? '', stateOrProvince: stateOrProvince ?? '', postalCode: postalCode ?? '', countryCode };
  }
  return demoAddress(customer) ?? { ...BLANK, email: customer?.email ?? '', firstName: customer?.firstName ?? '', lastName: customer?.lastName ?? '' };
}
