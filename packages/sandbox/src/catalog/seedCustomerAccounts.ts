import type { SeedCustomer } from './SandboxSeed.js';

// The demo customers' address books and newsletter choices, kept apart from their logins so the
// lists stay short. Jane has two addresses and reads the newsletter; Max has one German address.
const accounts: Record<number, Pick<SeedCustomer, 'addresses' | 'isSubscribedToNewsletter'>> = {
  1: {
    isSubscribedToNewsletter: true,
    addresses: [
      { entityId: 1, firstName: 'Jane', lastName: 'Doe', address1: '12 Pine Street', city: 'Seattle', stateOrProvince: 'Washington', countryCode: 'US', postalCode: '98101', phone: '555-0100' },
      { entityId: 2, firstName: 'Jane', lastName: 'Doe', company: 'Doe Design', address1: '400 Market Street', address2: 'Suite 5', city: 'San Francisco', stateOrProvince: 'California', countryCode: 'US', postalCode: '94105' },
    ],
  },
  2: {
    addresses: [{ entityId: 3, firstName: 'Max', lastName: 'Mustermann', company: 'Beispiel GmbH', address1: 'Musterstraße 1', city: 'Berlin', countryCode: 'DE', postalCode: '10115' }],
  },
};

/** The demo customers with their address books and newsletter choices. */
export function withDemoAccounts(customers: SeedCustomer[]): SeedCustomer[] {
  return customers.map((c) => ({ ...c, ...accounts[c.entityId] }));
}
