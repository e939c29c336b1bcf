/** The US address every test checkout bills and ships to. */
export declare const TEST_ADDRESS: Readonly<{
  firstName: string;
  lastName: string;
  email: string;
  address1: string;
  city: string;
  stateOrProvinceCode: string;
  postalCode: string;
  countryCode: string;
  shouldSaveAddress: boolean;
}>;

/** A card instrument as the Payments API takes it. */
export declare function testCard(number: string): {
  type: 'card';
  cardholder_name: string;
  number: string;
  expiry_month: number;
  expiry_year: number;
  verification_value: string;
};

/** Sends one GraphQL request and resolves its `data`, throwing on errors. */
export type TestGraphql = (query: string, variables: Record<string, unknown>) => Promise<any>;

/** Fills in a cart's checkout up to completing it (billing, one consignment, first shipping option). */
export declare function prepareCheckout(graphql: TestGraphql, checkoutEntityId: string, lineItems?: { entityId: string; quantity: number }[]): Promise<void>;
