import type { Catalog } from '../catalog/createCatalog.js';
import type { SandboxSeed, SeedCoupon, SeedCustomerGroup, SeedGiftCertificate, SeedShippingOption } from '../catalog/SandboxSeed.js';
import type { SeedReview } from '../catalog/SeedStorefrontContent.js';
import type { SandboxEmail, StoreCustomerAddress, StoreFormFieldValue, StoreWishlist } from './CustomerAccount.js';
import type { SandboxCart, SandboxCustomer, SandboxOrder, SandboxStore } from './SandboxStore.js';

/** An address on a checkout (billing or a consignment's shipping address). */
export interface CheckoutAddressFields {
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

/** One shipping consignment: an address, the cart lines shipped there and the chosen option. */
export interface SandboxConsignment {
  entityId: string;
  address: CheckoutAddressFields;
  lineItemIds: string[];
  selectedShippingOptionId: string | null;
}

/** What a checkout adds to its cart (a checkout's id is its cart's id). */
export interface SandboxCheckoutState {
  billingAddress: (CheckoutAddressFields & { entityId: string }) | null;
  consignments: SandboxConsignment[];
  couponCodes: string[];
  /** Gift certificate codes applied to the checkout, upper-cased, in order (absent in old data dirs). */
  giftCertificateCodes?: string[];
  /**
   * The order `completeCheckout` created. While it is unpaid (`Incomplete`) the cart lives on and
   * completing again updates that order; once it is paid the cart is deleted.
   */
  orderEntityId: number | null;
}

/** A store customer: the contract's fields plus the profile fields GraphQL shows. */
export interface StoreCustomer extends SandboxCustomer {
  company: string;
  phone: string;
  /** The customer's group (its discount prices catalog and carts), or null: list prices. */
  customerGroup: SeedCustomerGroup | null;
  /** The address book (`Customer.addresses`), oldest first. */
  addresses: StoreCustomerAddress[];
  /** Values of the account form's custom fields. */
  formFields: StoreFormFieldValue[];
}

/** The store settings GraphQL's `site.settings` shows. */
export interface StoreSettings {
  storeName: string;
  currencyCode: string;
  locales: string[];
  defaultLocale: string;
  taxRatePercent: number;
}

/** The whole in-memory store: the `SandboxStore` contract plus what the GraphQL API needs. */
export interface Store extends SandboxStore {
  readonly catalog: Catalog;
  readonly customers: Map<number, StoreCustomer>;
  readonly settings: StoreSettings;
  readonly coupons: readonly SeedCoupon[];
  readonly shippingOptions: readonly SeedShippingOption[];
  /** Checkout state by cart id. */
  readonly checkouts: Map<string, SandboxCheckoutState>;
  /** Session-sync JWT ids already used (single use). */
  readonly usedSessionSyncJtis: Set<string>;
  customerByEmail(email: string): StoreCustomer | undefined;
  couponByCode(code: string): SeedCoupon | undefined;
  /** Invalidates every access token of a customer ("logout on all devices"), but `except` if given. */
  revokeCustomerAccessTokens(customerEntityId: number, except?: string): void;
  /** The next order id. */
  nextOrderId(): number;
  /** The next customer id (registration). */
  nextCustomerId(): number;
  /** The next address id (ids are store-wide, as BigCommerce's). */
  nextAddressId(): number;
  /** Gift certificates by upper-cased code; balances go down as paid orders spend them. */
  readonly giftCertificates: Map<string, SeedGiftCertificate>;
  /** Wishlists by entity id. */
  readonly wishlists: Map<number, StoreWishlist>;
  /** The next wishlist id and the next wishlist item id. */
  nextWishlistId(): number;
  nextWishlistItemId(): number;
  /** Lower-cased emails subscribed to the newsletter (customers' and guests'). */
  readonly newsletterSubscribers: Set<string>;
  /** Password reset tokens (single use) by token value. Not kept in a data dir. */
  readonly passwordResets: Map<string, { customerEntityId: number; expiresAtSeconds: number }>;
  /** Emails sent (password reset links), newest last. Not kept in a data dir. */
  readonly outbox: SandboxEmail[];
  /** Restores the seeded state (same Map instances, refilled). */
  reset(): void;
  /** Everything a data dir keeps of the store (a deep copy; expired tokens left out). */
  snapshot(): StoreSnapshot;
  /** Replaces the state with a snapshot's (same Map instances, refilled; the seed's catalog, the snapshot's stock). */
  restore(snapshot: StoreSnapshot): void;
}

/** What a data dir keeps of the store; the catalog comes from the seed, and only its stock changes. */
export interface StoreSnapshot {
  customers: StoreCustomer[];
  carts: SandboxCart[];
  orders: SandboxOrder[];
  checkouts: Array<[string, SandboxCheckoutState]>;
  usedSessionSyncJtis: string[];
  customerAccessTokens: Array<{ value: string; customerEntityId: number; expiresAtSeconds: number }>;
  nextOrderId: number;
  /** Absent in data dirs written before gift certificates existed. */
  giftCertificates?: SeedGiftCertificate[];
  /** Absent in data dirs written before wishlists existed. */
  wishlists?: StoreWishlist[];
  /** Absent in data dirs written before newsletters existed. */
  newsletterSubscribers?: string[];
  /** `[variantEntityId, stock]` of every variant: placing an order takes stock. */
  variantStock: Array<[number, number]>;
  /** Every product review (shoppers add some); absent in files written before reviews existed. */
  reviews?: SeedReview[];
}

/** Options of `createStore`. */
export interface CreateStoreOptions {
  storeHash: string;
  storeId: string;
  clock: import('../clock.js').SandboxClock;
  /** Replaces the built-in shop (e.g. from `bc-sandbox --seed FILE`). */
  seed?: SandboxSeed;
}
