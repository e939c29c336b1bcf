import { customerGroupFields } from '../../store/customerGroupFields.js';
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
    ...customerGroupFields(customer),
  };
}
