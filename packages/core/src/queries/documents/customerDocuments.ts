import { graphql } from './GraphQLDocument.js';
import { CUSTOMER_FIELDS } from './shopperSelections.js';

/** The signed-in customer's profile, as much of it as a storefront greets them with. */
export interface CustomerResult {
  entityId: number;
  firstName: string;
  lastName: string;
  email: string;
}

/** Result of `CUSTOMER_QUERY`. */
export interface CustomerQueryResult {
  customer: CustomerResult | null;
}

/**
 * The signed-in customer (`null` for a guest). Through the storefront handler the customer
 * access token comes from the httpOnly cookie, so browser code never holds it.
 */
export const CUSTOMER_QUERY = graphql<CustomerQueryResult>(`query BcHeadlessCustomer {
  customer { ${CUSTOMER_FIELDS} }
}`);
