import type { CheckoutAddress } from '@bc-headless/core/queries';

// The sandbox's demo customers have no saved address in what the storefront reads, so the demos
// prefill checkout for them from here: the "checkout may prefill the address".
const ADDRESSES: Record<string, Omit<CheckoutAddress, 'email' | 'firstName' | 'lastName'>> = {
  'jane@example.com': { address1: '12 Market Street', city: 'Austin', stateOrProvince: 'Texas', postalCode: '78701', countryCode: 'US', phone: '555-0100' },
  'max@example.com': { address1: 'Hauptstraße 5', city: 'Berlin', stateOrProvince: 'Berlin', postalCode: '10115', countryCode: 'DE', company: 'Beispiel GmbH' },
  'sam@example.com': { address1: '400 Harbor Way', city: 'Seattle', stateOrProvince: 'Washington', postalCode: '98104', countryCode: 'US', company: 'Okafor Café Supply' },
};

/** A checkout address for a signed-in demo customer, or `null` for anyone else. */
export function demoAddress(customer: { email?: string; firstName?: string; lastName?: string } | null | undefined): CheckoutAddress | null {
  const known = customer?.email ? ADDRESSES[customer.email.toLowerCase()] : undefined;
  return known ? { ...known, email: customer!.email!, firstName: customer!.firstName ?? '', lastName: customer!.lastName ?? '' } : null;
}

/** The countries the demo checkout offers. */
export const COUNTRIES = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Deutschland' },
] as const;
