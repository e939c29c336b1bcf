/**
 * The shape of the data a sandbox starts from: its catalog, customers, coupons, shipping options
 * and tax rate. `createStore({ seed })` takes one (the CLI's `--seed FILE` reads a JSON file of this
 * shape); without one the built-in `defaultSeed` shop is used. Money is in minor units (cents).
 */

import type { SeedBlog, SeedBrand, SeedCurrency, SeedLocation, SeedProductDetails, SeedRedirect, SeedReview, SeedSeo, SeedStoreSettings, SeedWebPage } from './SeedStorefrontContent.js';

/** A text in the store's locales; `en` is the default and the fallback for missing translations. */
export interface LocalizedText {
  en: string;
  fr?: string;
  de?: string;
  [locale: string]: string | undefined;
}

/** A category of the seeded catalog (a flat list; `parentEntityId` nests it). */
export interface SeedCategory {
  entityId: number;
  /** URL slug, e.g. `coffee` → path `/coffee/`. */
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  parentEntityId?: number;
  seo?: SeedSeo;
}

/** One value of a product option, e.g. size `M` or colour `Forest`. */
export interface SeedOptionValue {
  entityId: number;
  label: string;
  /** Swatch colour (`#rrggbb`); options whose values have one are shown as swatches. */
  hex?: string;
  isDefault?: boolean;
}

/** A variant option of a product (e.g. Size, Colour); every combination of values is a variant. */
export interface SeedOption {
  entityId: number;
  displayName: string;
  values: SeedOptionValue[];
}

/** One purchasable variant: a combination of option values with its own SKU and stock. */
export interface SeedVariant {
  entityId: number;
  sku: string;
  /** One value id per option of the product, in the product's option order. */
  optionValueIds: number[];
  stock: number;
  /** Overrides the product's price for this variant (minor units). */
  price?: number;
}

/** A product of the seeded catalog (brand, identifiers and SEO from `SeedProductDetails`). */
export interface SeedProduct extends SeedProductDetails {
  entityId: number;
  sku: string;
  /** URL slug, e.g. `trail-mug` → path `/trail-mug/` and image file `trail-mug.svg`. */
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  categoryEntityIds: number[];
  /** List price, minor units. */
  price: number;
  /** Sale price, minor units (shown as `prices.salePrice`, charged in carts). */
  salePrice?: number;
  /** Manufacturer's retail price, minor units. */
  retailPrice?: number;
  /** Main colour (`#rrggbb`) of the generated product image. */
  color: string;
  /** Number of generated images (the first is the default); at least 1. */
  imageCount?: number;
  /** Stock of a product without options; ignored when `variants` are given. */
  stock?: number;
  options?: SeedOption[];
  variants?: SeedVariant[];
  /** Higher first in FEATURED sorting. */
  featured?: boolean;
  /**
   * Modifier options: shopper input that does not pick a variant (BigCommerce's checkbox, text,
   * multi-line text, number, date and file upload options), sent in `CartSelectedOptionsInput`.
   */
  modifiers?: SeedModifier[];
}

/** A modifier option of a product; entity ids unique across the catalog's options and values. */
export type SeedModifier = { entityId: number; displayName: string; isRequired: boolean } & (
  | { kind: 'checkbox'; label: string; checkedByDefault: boolean; checkedValueEntityId: number; uncheckedValueEntityId: number }
  | { kind: 'text'; minLength?: number; maxLength?: number; defaultValue?: string }
  | { kind: 'multiLineText'; minLength?: number; maxLength?: number; maxLines?: number; defaultValue?: string }
  | { kind: 'number'; isIntegerOnly: boolean; lowest?: number; highest?: number; defaultValue?: number }
  | { kind: 'date'; earliest?: string; latest?: string; defaultValue?: string }
  | { kind: 'file'; maxFileSize: number; fileTypes: string[] }
);

/**
 * A discount rule of a customer group. BigCommerce's Customer Groups API (v2,
 * reference/customers.v2.yml, `customerGroup_Full.discount_rules`) knows rule types `price_list`,
 * `all`, `category` and `product` with methods `percent`, `fixed` and `price`; the sandbox
 * supports only the store-wide percentage rule (`type: "all"`, `method: "percent"`), and
 * validateSeed refuses anything else. `amount` is the percent off, from 0 to 100 (BigCommerce
 * sends it as a decimal string such as `"15.0000"`; the seed takes a number).
 */
export interface SeedDiscountRule {
  type: 'all';
  method: 'percent';
  amount: number;
}

/**
 * A customer group (reference/customers.v2.yml, `customerGroup_Full`: `id`, `name`,
 * `discount_rules`, …): signed-in members see and pay group prices. Customers that share a
 * group repeat the same `id`, `name` and rules.
 */
export interface SeedCustomerGroup {
  /** Positive integer; GraphQL's `Customer.customerGroupId` (0 means "no group"). */
  id: number;
  name: string;
  /** At most one rule (BigCommerce allows a single `all` rule per group). */
  discountRules: SeedDiscountRule[];
}

/** A demo customer who can `login` with this email and password. */
export interface SeedCustomer {
  entityId: number;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  company?: string;
  phone?: string;
  /** The customer's group; without one the customer sees list prices, like a guest. */
  customerGroup?: SeedCustomerGroup;
  /** The customer's address book (entity ids unique across the seed). */
  addresses?: SeedCustomerAddress[];
  /** Whether the customer's email starts subscribed to the newsletter. */
  isSubscribedToNewsletter?: boolean;
}

/** An address of a seeded customer's address book (`countryCode`: ISO 3166-1 alpha-2). */
export interface SeedCustomerAddress {
  entityId: number;
  firstName: string;
  lastName: string;
  company?: string;
  address1: string;
  address2?: string;
  city: string;
  stateOrProvince?: string;
  countryCode: string;
  postalCode?: string;
  phone?: string;
}

/** A checkout coupon. `PERCENTAGE_DISCOUNT` takes `amount` in percent, `PER_TOTAL_DISCOUNT` in minor units. */
export interface SeedCoupon {
  entityId: number;
  code: string;
  couponType: 'PERCENTAGE_DISCOUNT' | 'PER_TOTAL_DISCOUNT';
  amount: number;
}

/** A shipping option offered for every consignment. */
export interface SeedShippingOption {
  entityId: string;
  description: string;
  type: string;
  /** Minor units. */
  cost: number;
  transitTime?: string;
  isRecommended?: boolean;
}

/**
 * A past order of a seeded customer, for the order history. Prices come from the catalog (the
 * customer's group price), tax from `taxRatePercent`, shipping is the first shipping option, and
 * the addresses are the customer's first address.
 */
export interface SeedOrder {
  /** Below 100, where live order ids start. */
  id: number;
  customerEntityId: number;
  /** ISO 8601. */
  placedAt: string;
  status: 'Awaiting Fulfillment' | 'Shipped' | 'Completed';
  /** `variantEntityId` defaults to the product's first variant. */
  lines: Array<{ productEntityId: number; variantEntityId?: number; quantity: number }>;
  couponCode?: string;
  shipment?: { shippedAt: string; provider: string; trackingNumber: string };
}

/** A seeded customer's wishlist; each item names a product of the catalog (and one of its variants, or none). */
export interface SeedWishlist {
  entityId: number;
  customerEntityId: number;
  name: string;
  isPublic: boolean;
  /** The public link's secret (unguessable in real stores; fixed here so demos can link to it). */
  token: string;
  items: Array<{ entityId: number; productEntityId: number; variantEntityId?: number }>;
}

/** A gift certificate shoppers can check and spend at checkout (amounts in minor units of the store currency). */
export interface SeedGiftCertificate {
  code: string;
  amount: number;
  balance: number;
  status: 'ACTIVE' | 'DISABLED' | 'EXPIRED' | 'PENDING';
  senderName: string;
  recipientName: string;
  theme: 'BIRTHDAY' | 'BOY' | 'CELEBRATION' | 'CHRISTMAS' | 'GENERAL' | 'GIRL';
  /** ISO 8601. */
  purchasedAt: string;
  expiresAt?: string;
}

/** Everything a sandbox store starts from. */
export interface SandboxSeed {
  storeName: string;
  /** ISO 4217 code of the store's only currency. */
  currencyCode: string;
  /** Locale codes; the first is the default. */
  locales: string[];
  /**
   * Tax rate in percent. The sandbox's tax model: tax = rate × (unit price − unit coupon
   * discount), rounded per unit to the cent and multiplied by quantity; shipping is not taxed;
   * prices are shown without tax (`isTaxIncluded: false`).
   */
  taxRatePercent: number;
  categories: SeedCategory[];
  products: SeedProduct[];
  customers: SeedCustomer[];
  coupons: SeedCoupon[];
  shippingOptions: SeedShippingOption[];
  /** Past orders of seeded customers (optional). */
  orders?: SeedOrder[];
  /** Wishlists of seeded customers (optional). */
  wishlists?: SeedWishlist[];
  /** Gift certificates (optional). */
  giftCertificates?: SeedGiftCertificate[];
  /** Brands (products name theirs with `brandEntityId`). */
  brands?: SeedBrand[];
  /** Web pages (About, Contact, …); `parentEntityId` nests them. */
  webPages?: SeedWebPage[];
  /** The blog and its posts. */
  blog?: SeedBlog;
  /** 301 redirects `site.route` answers. */
  redirects?: SeedRedirect[];
  /** Product reviews (approved: they count in `reviewSummary` and BEST_REVIEWED sorting). */
  reviews?: SeedReview[];
  /** Inventory locations; the first is the default. Without any, one default location (id 1). */
  locations?: SeedLocation[];
  /** Storefront settings (contact, logo, inventory display, reviews, …). */
  storeSettings?: SeedStoreSettings;
  /** Currencies besides `currencyCode` (which is always offered, at rate 1). */
  currencies?: SeedCurrency[];
}
