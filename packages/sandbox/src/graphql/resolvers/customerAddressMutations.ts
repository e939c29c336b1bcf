import type { GraphQLContext } from '../GraphQLContext.js';
import { customerAddressView } from '../views/customerAddressView.js';
import { NOT_LOGGED_IN } from './customerAccountMutations.js';
import { checkAddress, type AddressInput } from './customerInputChecks.js';

/** Most addresses one address book holds; beyond it `addCustomerAddress` answers a creation error. */
export const MAX_ADDRESSES = 100;

/** `addCustomerAddress`, `updateCustomerAddress`, `deleteCustomerAddress`: the signed-in customer's own book only. */
export function customerAddressMutations(ctx: GraphQLContext) {
  const { store } = ctx;
  // Another customer's address answers as a missing one: ids must not reveal other books.
  const own = (addressEntityId: number) => ctx.customer?.addresses.find((a) => a.entityId === addressEntityId);
  return {
    addCustomerAddress: ({ input }: { input: AddressInput }) => {
      const customer = ctx.customer;
      if (!customer) return { address: null, errors: [NOT_LOGGED_IN] };
      const { address, issues } = checkAddress(input, ['input'], null);
      if (issues.length > 0) return { address: null, errors: issues };
      if (customer.addresses.length >= MAX_ADDRESSES) {
        return { address: null, errors: [{ __typename: 'CustomerAddressCreationError', message: `The address book is full (${MAX_ADDRESSES} addresses); delete one first.` }] };
      }
      const created = { entityId: store.nextAddressId(), ...address };
      customer.addresses.push(created);
      return { address: customerAddressView(created), errors: [] };
    },
    updateCustomerAddress: ({ input }: { input: { addressEntityId: number; data: AddressInput } }) => {
      if (!ctx.customer) return { address: null, errors: [NOT_LOGGED_IN] };
      const existing = own(input.addressEntityId);
      if (!existing) return { address: null, errors: [{ __typename: 'AddressDoesNotExistError', message: `Address ${input.addressEntityId} does not exist in this customer's address book.` }] };
      const { address, issues } = checkAddress(input.data, ['input', 'data'], existing);
      if (issues.length > 0) return { address: null, errors: issues };
      Object.assign(existing, address);
      return { address: customerAddressView(existing), errors: [] };
    },
    deleteCustomerAddress: ({ input }: { input: { addressEntityId: number } }) => {
      const customer = ctx.customer;
      if (!customer) return { errors: [NOT_LOGGED_IN] };
      if (!own(input.addressEntityId)) {
        return { errors: [{ __typename: 'CustomerAddressDeletionError', message: `Address ${input.addressEntityId} does not exist in this customer's address book.` }] };
      }
      customer.addresses = customer.addresses.filter((a) => a.entityId !== input.addressEntityId);
      return { errors: [] };
    },
  };
}
