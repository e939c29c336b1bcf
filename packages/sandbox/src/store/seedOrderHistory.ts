import type { SandboxSeed } from '../catalog/SandboxSeed.js';
import type { Catalog } from '../catalog/createCatalog.js';
import type { SandboxOrder, SandboxOrderAddress } from './SandboxStore.js';
import type { StoreCustomer } from './Store.js';
import { unitPriceOf } from './unitPriceOf.js';

/**
 * Builds the seed's past orders, priced like live ones: the customer's unit price, the coupon's
 * percentage (or fixed amount, split by line value), tax per unit on the discounted price, the
 * first shipping option. Throws, naming the order, when a line names no product of the catalog.
 */
export function seedOrderHistory(seed: SandboxSeed, catalog: Catalog, customers: ReadonlyMap<number, StoreCustomer>): SandboxOrder[] {
  const seen = new Set<number>();
  return (seed.orders ?? []).map((o) => {
    // Live orders count from 100: a seeded id there would be taken twice.
    if (!Number.isInteger(o.id) || o.id < 1 || o.id >= 100 || seen.has(o.id)) throw new Error(`seed orders: order id ${o.id} must be a unique integer from 1 to 99 (live orders start at 100).`);
    seen.add(o.id);
    const customer = customers.get(o.customerEntityId);
    if (!customer) throw new Error(`seed orders: order ${o.id} names customer ${o.customerEntityId}, who is not in the seed's customers.`);
    const priced = o.lines.map((l) => {
      const product = catalog.productById(l.productEntityId);
      const variant = l.variantEntityId === undefined ? product?.variants[0] : product?.variants.find((v) => v.entityId === l.variantEntityId);
      if (!product || !variant) throw new Error(`seed orders: order ${o.id} names product ${l.productEntityId}${l.variantEntityId === undefined ? '' : ` variant ${l.variantEntityId}`}, which the catalog does not have.`);
      return { product, variant, quantity: l.quantity, sale: unitPriceOf(product, variant, customer.customerGroup) };
    });
    const subtotal = priced.reduce((s, l) => s + l.sale * l.quantity, 0);
    const coupon = o.couponCode ? seed.coupons.find((c) => c.code === o.couponCode) : undefined;
    const percentOff = coupon ? (coupon.couponType === 'PERCENTAGE_DISCOUNT' ? coupon.amount : (Math.min(coupon.amount, subtotal) * 100) / Math.max(1, subtotal)) : 0;
    const lines = priced.map((l, i) => {
      const unitDiscount = Math.round((l.sale * percentOff) / 100);
      const unitTax = Math.round(((l.sale - unitDiscount) * seed.taxRatePercent) / 100);
      return { id: o.id * 1000 + i + 1, productEntityId: l.product.entityId, variantEntityId: l.variant.entityId, name: l.product.name.en, sku: l.variant.sku, quantity: l.quantity, unitPrice: l.sale - unitDiscount + unitTax, unitTax, unitDiscount };
    });
    const discountTotal = lines.reduce((s, l) => s + l.unitDiscount * l.quantity, 0);
    const taxTotal = lines.reduce((s, l) => s + l.unitTax * l.quantity, 0);
    const shipping = seed.shippingOptions[0];
    const first = customer.addresses[0];
    const address: SandboxOrderAddress = {
      firstName: first?.firstName ?? customer.firstName, lastName: first?.lastName ?? customer.lastName, email: customer.email, company: first?.company ?? null,
      address1: first?.address1 ?? null, address2: first?.address2 ?? null, city: first?.city ?? null, stateOrProvince: first?.stateOrProvince ?? null,
      countryCode: first?.countryCode ?? 'US', postalCode: first?.postalCode ?? null, phone: first?.phone ?? null,
    };
    const placedAt = Date.parse(o.placedAt);
    return {
      id: o.id,
      cartEntityId: `seed-order-${o.id}`,
      customerEntityId: customer.entityId,
      currencyCode: seed.currencyCode,
      total: subtotal - discountTotal + taxTotal + (shipping?.cost ?? 0),
      taxTotal,
      shippingCost: shipping?.cost ?? 0,
      discountTotal,
      lines: lines.map(({ unitDiscount: _d, ...line }) => line),
      billingEmail: customer.email,
      status: o.status,
      createdAt: placedAt,
      payment: { methodId: 'stripe.card', instrumentType: 'card', brand: 'Visa', last4: '4242' },
      details: {
        subtotal,
        billingAddress: address,
        consignments: [{
          id: 1,
          address,
          lineIds: lines.map((l) => l.id),
          shippingMethod: shipping?.description ?? '',
          shipments: o.shipment
            ? [{ id: o.id * 10 + 1, shippedAt: Date.parse(o.shipment.shippedAt), provider: o.shipment.provider, method: shipping?.description ?? '', trackingNumber: o.shipment.trackingNumber, trackingUrl: null }]
            : [],
        }],
        coupons: coupon ? [{ code: coupon.code, amount: discountTotal }] : [],
      },
    };
  });
}
