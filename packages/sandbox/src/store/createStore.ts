import { randomBytes } from 'node:crypto';
import { createCatalog, type Catalog } from '../catalog/createCatalog.js';
import { defaultSeed } from '../catalog/defaultSeed.js';
import type { SandboxSeed } from '../catalog/SandboxSeed.js';
import type { SandboxCart, SandboxOrder } from './SandboxStore.js';
import type { CreateStoreOptions, SandboxCheckoutState, Store, StoreCustomer } from './Store.js';
import type { SeedCustomerAddress, SeedGiftCertificate } from '../catalog/SandboxSeed.js';
import type { SandboxEmail, StoreCustomerAddress, StoreWishlist } from './CustomerAccount.js';
import { seedOrderHistory } from './seedOrderHistory.js';
import { validateSeed } from './validateSeed.js';

function toStoreAddress(a: SeedCustomerAddress): StoreCustomerAddress {
  return {
    entityId: a.entityId,
    firstName: a.firstName,
    lastName: a.lastName,
    company: a.company ?? null,
    address1: a.address1,
    address2: a.address2 ?? null,
    city: a.city,
    stateOrProvince: a.stateOrProvince ?? null,
    countryCode: a.countryCode,
    postalCode: a.postalCode ?? null,
    phone: a.phone ?? null,
    formFields: [],
  };
}

/**
 * How long a customer access token lives. BigCommerce does not document the TTL
 * (docs/start/authentication/graphql-storefront.mdx); the sandbox uses one day.
 */
export const CUSTOMER_ACCESS_TOKEN_TTL_SECONDS = 86_400;

const FIRST_ORDER_ID = 100;

/** Creates the sandbox's in-memory store from a seed (the built-in shop by default). */
export function createStore({ storeHash, storeId, clock, seed = defaultSeed }: CreateStoreOptions): Store {
  validateSeed(seed);
  const customers = new Map<number, StoreCustomer>();
  const carts = new Map<string, SandboxCart>();
  const orders = new Map<number, SandboxOrder>();
  const checkouts = new Map<string, SandboxCheckoutState>();
  const usedSessionSyncJtis = new Set<string>();
  const tokens = new Map<string, { customerEntityId: number; expiresAtSeconds: number }>();
  let catalog: Catalog = createCatalog(seed);
  let orderId = FIRST_ORDER_ID;
  const newsletterSubscribers = new Set<string>();
  const wishlists = new Map<number, StoreWishlist>();
  const giftCertificates = new Map<string, SeedGiftCertificate>();
  const passwordResets = new Map<string, { customerEntityId: number; expiresAtSeconds: number }>();
  const outbox: SandboxEmail[] = [];

  function fill(): void {
    for (const c of seed.customers) {
      const { addresses = [], isSubscribedToNewsletter = false, ...rest } = c;
      customers.set(c.entityId, {
        ...rest,
        company: c.company ?? '',
        phone: c.phone ?? '',
        customerGroup: c.customerGroup ? structuredClone(c.customerGroup) : null,
        addresses: addresses.map(toStoreAddress),
        formFields: [],
      });
      if (isSubscribedToNewsletter) newsletterSubscribers.add(c.email.toLowerCase());
    }
    for (const order of seedOrderHistory(seed, catalog, customers)) orders.set(order.id, order);
    for (const g of seed.giftCertificates ?? []) giftCertificates.set(g.code.toUpperCase(), { ...g });
    for (const w of seed.wishlists ?? []) {
      if (!customers.has(w.customerEntityId)) throw new Error(`seed wishlists: wishlist ${w.entityId} names customer ${w.customerEntityId}, who is not in the seed's customers.`);
      for (const item of w.items) {
        const product = catalog.productById(item.productEntityId);
        if (!product || (item.variantEntityId !== undefined && !product.variants.some((v) => v.entityId === item.variantEntityId))) {
          throw new Error(`seed wishlists: wishlist ${w.entityId} names product ${item.productEntityId}${item.variantEntityId === undefined ? '' : ` variant ${item.variantEntityId}`}, which the catalog does not have.`);
        }
      }
      wishlists.set(w.entityId, { ...w, items: w.items.map((i) => ({ entityId: i.entityId, productEntityId: i.productEntityId, variantEntityId: i.variantEntityId ?? null })) });
    }
  }
  fill();

  const store: Store = {
    storeHash,
    storeId,
    get catalog() {
      return catalog;
    },
    customers,
    carts,
    orders,
    checkouts,
    usedSessionSyncJtis,
    settings: {
      storeName: seed.storeName,
      currencyCode: seed.currencyCode,
      locales: [...seed.locales],
      defaultLocale: seed.locales[0] ?? 'en',
      taxRatePercent: seed.taxRatePercent,
    },
    coupons: seed.coupons,
    shippingOptions: seed.shippingOptions,
    customerByEmail(email) {
      const wanted = email.trim().toLowerCase();
      for (const c of customers.values()) if (c.email.toLowerCase() === wanted) return c;
      return undefined;
    },
    couponByCode(code) {
      const wanted = code.trim().toUpperCase();
      return seed.coupons.find((c) => c.code.toUpperCase() === wanted);
    },
    customerForAccessToken(value) {
      const entry = tokens.get(value);
      if (!entry) return null;
      if (entry.expiresAtSeconds * 1000 <= clock.now()) {
        tokens.delete(value);
        return null;
      }
      return customers.get(entry.customerEntityId) ?? null;
    },
    issueCustomerAccessToken(customerEntityId) {
      if (!customers.has(customerEntityId)) {
        throw new Error(`issueCustomerAccessToken: no customer with entityId ${customerEntityId} in the sandbox store.`);
      }
      // BigCommerce's format: 64 hex characters, "_", the unix expiry time (equal to expiresAt).
      const expiresAtSeconds = Math.floor(clock.now() / 1000) + CUSTOMER_ACCESS_TOKEN_TTL_SECONDS;
      const value = `${randomBytes(32).toString('hex')}_${expiresAtSeconds}`;
      tokens.set(value, { customerEntityId, expiresAtSeconds });
      return { value, expiresAt: new Date(expiresAtSeconds * 1000).toISOString() };
    },
    revokeCustomerAccessTokens(customerEntityId, except) {
      for (const [value, entry] of tokens) if (entry.customerEntityId === customerEntityId && value !== except) tokens.delete(value);
    },
    nextOrderId: () => orderId++,
    // Computed, not counted: registrations and address books survive snapshots without a counter.
    nextCustomerId: () => Math.max(0, ...customers.keys()) + 1,
    nextAddressId: () => Math.max(0, ...[...customers.values()].flatMap((c) => c.addresses.map((a) => a.entityId))) + 1,
    newsletterSubscribers,
    wishlists,
    giftCertificates,
    nextWishlistId: () => Math.max(0, ...wishlists.keys()) + 1,
    nextWishlistItemId: () => Math.max(0, ...[...wishlists.values()].flatMap((w) => w.items.map((i) => i.entityId))) + 1,
    passwordResets,
    outbox,
    reset() {
      newsletterSubscribers.clear();
      wishlists.clear();
      giftCertificates.clear();
      passwordResets.clear();
      outbox.length = 0;
      customers.clear();
      carts.clear();
      orders.clear();
      checkouts.clear();
      usedSessionSyncJtis.clear();
      tokens.clear();
      catalog = createCatalog(seed);
      orderId = FIRST_ORDER_ID;
      fill();
    },
    snapshot() {
      const nowSeconds = clock.now() / 1000;
      return structuredClone({
        customers: [...customers.values()],
        carts: [...carts.values()],
        orders: [...orders.values()],
        checkouts: [...checkouts],
        usedSessionSyncJtis: [...usedSessionSyncJtis],
        customerAccessTokens: [...tokens].filter(([, t]) => t.expiresAtSeconds > nowSeconds).map(([value, t]) => ({ value, ...t })),
        nextOrderId: orderId,
        newsletterSubscribers: [...newsletterSubscribers],
        wishlists: [...wishlists.values()],
        giftCertificates: [...giftCertificates.values()],
        variantStock: catalog.products.flatMap((p) => p.variants.map((v): [number, number] => [v.entityId, v.stock])),
        reviews: catalog.allReviews(),
      });
    },
    restore(snapshot) {
      store.reset();
      const saved = structuredClone(snapshot);
      customers.clear();
      // Data dirs written before address books existed lack these two fields.
      for (const c of saved.customers) customers.set(c.entityId, { ...c, addresses: c.addresses ?? [], formFields: c.formFields ?? [] });
      // Balances: what paid orders spent survives a restart.
      for (const g of saved.giftCertificates ?? []) giftCertificates.set(g.code.toUpperCase(), g);
      if (saved.wishlists) {
        wishlists.clear();
        for (const w of saved.wishlists) wishlists.set(w.entityId, w);
      }
      if (saved.newsletterSubscribers) {
        newsletterSubscribers.clear();
        for (const email of saved.newsletterSubscribers) newsletterSubscribers.add(email);
      }
      for (const c of saved.carts) carts.set(c.entityId, c);
      for (const o of saved.orders) orders.set(o.id, o);
      for (const [id, checkout] of saved.checkouts) checkouts.set(id, checkout);
      for (const jti of saved.usedSessionSyncJtis) usedSessionSyncJtis.add(jti);
      for (const { value, ...t } of saved.customerAccessTokens) tokens.set(value, t);
      orderId = saved.nextOrderId;
      for (const [variantEntityId, stock] of saved.variantStock) {
        const found = catalog.variantById(variantEntityId);
        if (found) found.variant.stock = stock;
      }
      if (saved.reviews) catalog.replaceReviews(saved.reviews);
    },
  };
  return store;
}

/** The store type `createStore` returns, and the seed it starts from. */
export type { Store, SandboxSeed };
