import type { StoreCustomer } from './Store.js';

/**
 * A customer's group as GraphQL's `Customer` answers it (and the sandbox's config lists it):
 * BigCommerce answers 0 and null for a customer in no group.
 */
export function customerGroupFields(customer: Pick<StoreCustomer, 'customerGroup'>): { customerGroupId: number; customerGroupName: string | null } {
  return { customerGroupId: customer.customerGroup?.id ?? 0, customerGroupName: customer.customerGroup?.name ?? null };
}
