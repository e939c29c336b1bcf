/** A custom form field's value on a customer or an address, as the `formFields` inputs send it. */
export type StoreFormFieldValue = { fieldEntityId: number } & (
  | { kind: 'text'; text: string }
  | { kind: 'multilineText'; multilineText: string }
  | { kind: 'password'; password: string }
  | { kind: 'number'; number: number }
  | { kind: 'date'; date: string }
  | { kind: 'checkboxes'; valueEntityIds: number[] }
  | { kind: 'multipleChoice'; valueEntityId: number }
);

/** An address in a customer's address book (`Customer.addresses`). */
export interface StoreCustomerAddress {
  entityId: number;
  firstName: string;
  lastName: string;
  company: string | null;
  address1: string;
  address2: string | null;
  city: string;
  stateOrProvince: string | null;
  countryCode: string;
  postalCode: string | null;
  phone: string | null;
  formFields: StoreFormFieldValue[];
}

/** An email the sandbox "sent" (password reset links, contact form messages): kept in memory, read at `GET /__sandbox/outbox`. */
export interface SandboxEmail {
  to: string;
  subject: string;
  /** The link the email carries (e.g. the reset-password page with its token). */
  link: string;
  sentAt: string;
  /** What a form sent (the contact form's fields), when the email carries one. */
  body?: Record<string, unknown>;
}

/** A customer's wishlist; `token` is its public link's secret (`Site.publicWishlist(token:)`). */
export interface StoreWishlist {
  entityId: number;
  customerEntityId: number;
  name: string;
  isPublic: boolean;
  token: string;
  items: Array<{ entityId: number; productEntityId: number; variantEntityId: number | null }>;
}
