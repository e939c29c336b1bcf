import type { Catalog } from '../catalog/createCatalog.js';
import type { CartModifierValue } from './cartModifiers.js';

/**
 * The contract between the sandbox's state (owned by `store/`, filled by the GraphQL API) and the
 * REST/hosted-page side (payments, management, hosted checkout, session sync page). `createStore`
 * in this folder returns an object satisfying at least this; each side may add more.
 *
 * Money is kept in minor units (cents) internally and converted at the API edge.
 */
/** A customer who can log in (GraphQL `login`) and own carts and orders. */
export interface SandboxCustomer {
  entityId: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** One line of a cart: a variant and its quantity, priced per unit. */
export interface SandboxCartLine {
  entityId: string;
  productEntityId: number;
  variantEntityId: number;
  name: string;
  sku: string;
  quantity: number;
  /** Unit price, minor units. */
  unitPrice: number;
  /** Modifier option values (engraving text, gift wrap…); lines differing only here stay apart. */
  modifiers?: CartModifierValue[];
}

/** A cart (guest when `customerEntityId` is null); its id is also its checkout's id. */
export interface SandboxCart {
  entityId: string;
  customerEntityId: number | null;
  currencyCode: string;
  locale: string;
  version: number;
  lines: SandboxCartLine[];
  createdAt: number;
  updatedAt: number;
}

/** BigCommerce order statuses the sandbox uses. */
export type SandboxOrderStatus = 'Incomplete' | 'Awaiting Payment' | 'Awaiting Fulfillment' | 'Shipped' | 'Completed' | 'Refunded' | 'Partially Refunded';

/** One line of an order, as refunds address it. */
export interface SandboxOrderLine {
  /** Order product id (what refunds name as `item_id` with `item_type: "PRODUCT"`). */
  id: number;
  productEntityId: number;
  variantEntityId: number;
  name: string;
  sku: string;
  quantity: number;
  /** Unit price incl. tax, minor units. */
  unitPrice: number;
  /** Tax per unit, minor units. */
  unitTax: number;
  /** The cart line's modifier option values. */
  modifiers?: CartModifierValue[];
}

/** An order created by `completeCheckout`, paid through the Payments API. */
export interface SandboxOrder {
  id: number;
  cartEntityId: string;
  customerEntityId: number | null;
  currencyCode: string;
  /** Grand total, minor units. */
  total: number;
  /** Tax included in `total`, minor units. */
  taxTotal: number;
  shippingCost: number;
  discountTotal: number;
  lines: SandboxOrderLine[];
  billingEmail: string;
  status: SandboxOrderStatus;
  createdAt: number;
  /** Addresses, consignments, coupons and shipments, for the order history (absent in old data dirs). */
  details?: SandboxOrderDetails;
  /** Gift certificates the order spends (their balances go down when it is paid). */
  giftCertificates?: Array<{ code: string; used: number }>;
  /** How the order was paid (set by the Payments API). */
  payment?: { methodId: string; instrumentType: string; brand: string; last4: string };
}

/** An address as an order keeps it. */
export interface SandboxOrderAddress {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  stateOrProvince: string | null;
  countryCode: string;
  postalCode: string | null;
  phone: string | null;
}

/** What the order history shows beyond the lines and totals. */
export interface SandboxOrderDetails {
  /** Σ unit sale price × quantity, before coupons and tax, minor units. */
  subtotal: number;
  billingAddress: SandboxOrderAddress;
  consignments: Array<{
    id: number;
    address: SandboxOrderAddress;
    /** Order line ids (`SandboxOrderLine.id`) shipped to this address. */
    lineIds: number[];
    shippingMethod: string;
    shipments: Array<{ id: number; shippedAt: number; provider: string; method: string; trackingNumber: string | null; trackingUrl: string | null }>;
  }>;
  coupons: Array<{ code: string; amount: number }>;
}

/** The parts of the store the REST and hosted-page side reads. */
export interface SandboxStore {
  /**
   * The seeded catalog. Generated product images read `catalog.productById(productEntityId)`:
   * `name.en` (English name), `slug`, `color` (`#rrggbb`) and `catalog.imageIds(product)`.
   */
  readonly catalog: Catalog;
  readonly storeHash: string;
  /** Numeric store id, as in session-sync `sid` and payment `store_id`. */
  readonly storeId: string;
  customers: Map<number, SandboxCustomer>;
  carts: Map<string, SandboxCart>;
  orders: Map<number, SandboxOrder>;
  /** Resolves a customer access token value to its customer, or null if unknown/expired/logged out. */
  customerForAccessToken(value: string): SandboxCustomer | null;
  /** Issues a customer access token (as `login` and session sync do): `{ value, expiresAt }`. */
  issueCustomerAccessToken(customerEntityId: number): { value: string; expiresAt: string };
  /** Session-sync JWT ids already used (`verifySessionSyncJwt` adds to it; single use). */
  readonly usedSessionSyncJtis: Set<string>;
  /** Restores the seeded state: catalog, customers; no carts, orders, tokens or used JWT ids. */
  reset(): void;
}
