import { describe, expect, it } from 'vitest';
import { initialAddress, initialCard } from '../src/checkoutDefaults.js';

const saved = { firstName: 'Ann', lastName: 'Lee', email: null, address1: '1 Main St', city: 'Austin', stateOrProvince: 'Texas', postalCode: '78701', countryCode: 'US' };

describe('initialAddress', () => {
  it('starts from the checkout’s shipping address, filling the email from the customer', () => {
    const checkout = { shippingConsignments: [{ address: saved }], billingAddress: null } as never;
    expect(initialAddress(checkout, { email: 'ann@example.com' })).toEqual({ ...saved, email: 'ann@example.com' });
  });

  it('falls back to the billing address, then to a demo customer’s address', () => {
    expect(initialAddress({ shippingConsignments: [], billingAddress: { ...saved, email: 'b@example.com' } } as never, null)).toMatchObject({ address1: '1 Main St', email: 'b@example.com' });
    const jane = initialAddress({ shippingConsignments: null, billingAddress: { ...saved, address1: '' } } as never, { email: 'Jane@Example.com', firstName: 'Jane', lastName: 'Doe' });
    expect(jane).toMatchObject({ firstName: 'Jane', lastName: 'Doe', city: 'Austin', address1: '12 Market Street', countryCode: 'US' });
  });

  it('is blank (United States) for anyone else, with what the customer record knows', () => {
    expect(initialAddress({ shippingConsignments: null, billingAddress: null } as never, { email: 'x@example.com', firstName: 'X' })).toEqual({
      firstName: 'X', lastName: '', email: 'x@example.com', address1: '', city: '', stateOrProvince: '', postalCode: '', countryCode: 'US',
    });
    expect(initialAddress({ shippingConsignments: null, billingAddress: null } as never, undefined).email).toBe('');
  });
});

describe('initialCard', () => {
  it('names the card after the address and expires two Decembers ahead', () => {
    expect(initialCard({ firstName: 'Ann', lastName: 'Lee' }, new Date(2026, 10, 27))).toEqual({ number: '', name: 'Ann Lee', expiryMonth: '12', expiryYear: '2028', cvv: '' });
    expect(initialCard({ firstName: '', lastName: 'Lee' }).name).toBe('Lee');
  });
});
