// The checkout read and the checkout steps. A checkout's id is its cart's id; every step answers
// the whole checkout with the read's selection, so its answer replaces the cached checkout.
import { graphql, type Money } from './GraphQLDocument.js';

/** An address as checkout holds it. */
export interface CheckoutAddressResult {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  stateOrProvince: string | null;
  stateOrProvinceCode: string | null;
  countryCode: string;
  postalCode: string | null;
  phone: string | null;
}

/** A shipping option offered for a consignment. */
export interface ShippingOptionResult {
  entityId: string;
  description: string;
  type: string;
  transitTime: string | null;
  cost: Money;
  isRecommended?: boolean;
}

/** A consignment: an address, the lines shipped there, its options and the chosen one. */
export interface ShippingConsignmentResult {
  entityId: string;
  address: CheckoutAddressResult;
  lineItemIds: string[];
  availableShippingOptions: ShippingOptionResult[] | null;
  selectedShippingOption: ShippingOptionResult | null;
}

/** A checkout as a one-page checkout shows it. */
export interface CheckoutResult {
  entityId: string;
  version: number | null;
  currencyCode: string;
  billingAddress: (CheckoutAddressResult & { entityId: string }) | null;
  shippingConsignments: ShippingConsignmentResult[] | null;
  coupons: { entityId: number; code: string; discountedAmount: Money }[];
  subtotal: Money | null;
  shippingCostTotal: Money | null;
  taxTotal: Money | null;
  grandTotal: Money | null;
  /** The cart's lines, for the shipping consignment. */
  cart: { entityId: string; lineItems: { physicalItems: { entityId: string; quantity: number }[] } } | null;
}

const MONEY = 'currencyCode value';
const ADDRESS = 'firstName lastName email company address1 address2 city stateOrProvince stateOrProvinceCode countryCode postalCode phone';
const OPTION = `entityId description type transitTime cost { ${MONEY} }`;
const CHECKOUT = `entityId version currencyCode
  billingAddress { entityId ${ADDRESS} }
  shippingConsignments {
    entityId lineItemIds address { ${ADDRESS} }
    availableShippingOptions { ${OPTION} isRecommended }
    selectedShippingOption { ${OPTION} }
  }
  coupons { entityId code discountedAmount { ${MONEY} } }
  subtotal { ${MONEY} } shippingCostTotal { ${MONEY} } taxTotal { ${MONEY} } grandTotal { ${MONEY} }
  cart { entityId lineItems { physicalItems { entityId quantity } } }`;

/** Result of `CHECKOUT_QUERY`. */
export interface CheckoutQueryResult {
  site: { checkout: CheckoutResult | null };
}

/** The checkout of the session's cart. */
export const CHECKOUT_QUERY = graphql<CheckoutQueryResult, { entityId: string }>(`query BcHeadlessCheckout($entityId: String!) {
  site { checkout(entityId: $entityId) { ${CHECKOUT} } }
}`);

/** `CheckoutAddressInput`: `countryCode` is a two-letter ISO code. */
export interface CheckoutAddressInput {
  firstName?: string;
  lastName?: string;
  email?: string;
  company?: string;
  address1?: string;
  address2?: string;
  city?: string;
  stateOrProvince?: string;
  stateOrProvinceCode?: string;
  countryCode: string;
  postalCode?: string;
  phone?: string;
  shouldSaveAddress: boolean;
}

/** What every checkout step answers. */
export type CheckoutStepResult<Name extends string> = { checkout: { [K in Name]: { checkout: CheckoutResult | null } | null } };

/** Sets the billing address (its email is the order's). */
export const ADD_CHECKOUT_BILLING_ADDRESS = graphql<
  CheckoutStepResult<'addCheckoutBillingAddress'>,
  { checkoutEntityId: string; address: CheckoutAddressInput }
>(`mutation BcHeadlessAddCheckoutBillingAddress($checkoutEntityId: String!, $address: CheckoutAddressInput!) {
  checkout { addCheckoutBillingAddress(input: { checkoutEntityId: $checkoutEntityId, data: { address: $address } }) { checkout { ${CHECKOUT} } } }
}`);

/** One consignment line: a cart line and how many of it ship there. */
export interface ConsignmentLineItemInput {
  lineItemEntityId: string;
  quantity: number;
}

/** Ships lines to an address; the answer lists that consignment's shipping options. */
export const ADD_CHECKOUT_SHIPPING_CONSIGNMENTS = graphql<
  CheckoutStepResult<'addCheckoutShippingConsignments'>,
  { checkoutEntityId: string; consignments: { address: CheckoutAddressInput; lineItems: ConsignmentLineItemInput[] }[] }
>(`mutation BcHeadlessAddCheckoutShippingConsignments($checkoutEntityId: String!, $consignments: [CheckoutShippingConsignmentInput!]!) {
  checkout { addCheckoutShippingConsignments(input: { checkoutEntityId: $checkoutEntityId, data: { consignments: $consignments } }) { checkout { ${CHECKOUT} } } }
}`);

/** Replaces a consignment's address and lines (its shipping option must then be chosen again). */
export const UPDATE_CHECKOUT_SHIPPING_CONSIGNMENT = graphql<
  CheckoutStepResult<'updateCheckoutShippingConsignment'>,
  { checkoutEntityId: string; consignmentEntityId: string; consignment: { address: CheckoutAddressInput; lineItems: ConsignmentLineItemInput[] } }
>(`mutation BcHeadlessUpdateCheckoutShippingConsignment($checkoutEntityId: String!, $consignmentEntityId: String!, $consignment: CheckoutShippingConsignmentInput!) {
  checkout { updateCheckoutShippingConsignment(input: { checkoutEntityId: $checkoutEntityId, consignmentEntityId: $consignmentEntityId, data: { consignment: $consignment } }) { checkout { ${CHECKOUT} } } }
}`);

/** Chooses one of a consignment's shipping options. */
export const SELECT_CHECKOUT_SHIPPING_OPTION = graphql<
  CheckoutStepResult<'selectCheckoutShippingOption'>,
  { checkoutEntityId: string; consignmentEntityId: string; shippingOptionEntityId: string }
>(`mutation BcHeadlessSelectCheckoutShippingOption($checkoutEntityId: String!, $consignmentEntityId: String!, $shippingOptionEntityId: String!) {
  checkout { selectCheckoutShippingOption(input: { checkoutEntityId: $checkoutEntityId, consignmentEntityId: $consignmentEntityId, data: { shippingOptionEntityId: $shippingOptionEntityId } }) { checkout { ${CHECKOUT} } } }
}`);

/** Applies a coupon code. */
export const APPLY_CHECKOUT_COUPON = graphql<CheckoutStepResult<'applyCheckoutCoupon'>, { checkoutEntityId: string; couponCode: string }>(`mutation BcHeadlessApplyCheckoutCoupon($checkoutEntityId: String!, $couponCode: String!) {
  checkout { applyCheckoutCoupon(input: { checkoutEntityId: $checkoutEntityId, data: { couponCode: $couponCode } }) { checkout { ${CHECKOUT} } } }
}`);
