import { customerGroupFields } from './customerGroupFields.js';
import type { Store } from './Store.js';

/** A demo customer's login, as `/__sandbox/config` and the CLI show it. */
export interface SandboxCustomerLogin {
  entityId: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  /** The customer's group id, 0 for none (as GraphQL's `Customer.customerGroupId`). */
  customerGroupId: number;
  /** The customer's group name, null for none; its members see group prices once signed in. */
  customerGroupName: string | null;
}

/** The store's demo customers' logins, in seed order. */
export function customerLogins(store: Store): SandboxCustomerLogin[] {
  return [...store.customers.values()].map((c) => ({
    entityId: c.entityId,
    email: c.email,
    password: c.password,
    firstName: c.firstName,
    lastName: c.lastName,
    ...customerGroupFields(c),
  }));
}
