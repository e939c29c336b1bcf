import type { StoreCustomer } from '../../store/Store.js';

/** The `Customer` view. */
export function customerView(customer: StoreCustomer) {
  return {
    entityId: customer.entityId,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    company: customer.company,
    phone: customer.phone,
    // BigCommerce answers 0 and null for a customer in no group.
    customerGroupId: customer.customerGroup?.id ?? 0,
    customerGroupName: customer.customerGroup?.name ?? null,
  };
}
