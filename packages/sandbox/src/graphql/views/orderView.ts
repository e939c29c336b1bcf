import { seedCountries } from '../../catalog/seedGeography.js';
import type { SandboxOrder, SandboxOrderAddress, SandboxOrderStatus } from '../../store/SandboxStore.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { dateTimeExtended, money, nodeId } from './money.js';
import { orderModifierOptions } from './modifierOptionView.js';
import { imageView, productView } from './productView.js';

/** BigCommerce's `OrderStatusValue` of each status the sandbox uses. */
export const ORDER_STATUS_VALUES: Record<SandboxOrderStatus, string> = {
  Incomplete: 'INCOMPLETE',
  'Awaiting Payment': 'AWAITING_PAYMENT',
  'Awaiting Fulfillment': 'AWAITING_FULFILLMENT',
  Shipped: 'SHIPPED',
  Completed: 'COMPLETED',
  Refunded: 'REFUNDED',
  'Partially Refunded': 'PARTIALLY_REFUNDED',
};

// A connection without paging arguments: the schema's order lists take none.
const edges = <T>(items: readonly T[]) => ({ edges: items.map((node) => ({ node })) });

function addressView(a: SandboxOrderAddress) {
  return { ...a, country: seedCountries.find((c) => c.code === a.countryCode)?.name ?? a.countryCode, postalCode: a.postalCode ?? '' };
}

function lineView(ctx: GraphQLContext, order: SandboxOrder, line: SandboxOrder['lines'][number]) {
  const found = ctx.store.catalog.variantById(line.variantEntityId);
  const product = found?.product ?? ctx.store.catalog.productById(line.productEntityId);
  const images = product ? ctx.store.catalog.imageIds(product) : [];
  const productOptions = found
    ? found.variant.optionValueIds.flatMap((valueId) => {
        const option = found.product.options.find((o) => o.values.some((v) => v.entityId === valueId));
        const value = option?.values.find((v) => v.entityId === valueId);
        return option && value ? [{ name: option.displayName, value: value.label }] : [];
      })
    : [];
  productOptions.push(...orderModifierOptions(product, line.modifiers));
  return {
    entityId: line.id,
    name: line.name,
    productEntityId: line.productEntityId,
    quantity: line.quantity,
    brand: null,
    image: product && images[0] !== undefined ? imageView(ctx, product, images[0], true) : null,
    // Before tax, as the catalog lists it: what the line cost in the cart.
    subTotalListPrice: money((line.unitPrice - line.unitTax) * line.quantity, order.currencyCode),
    productOptions,
    baseCatalogProduct: () => (product ? productView(ctx, product) : null),
    catalogProductWithOptionSelections: () => (product ? productView(ctx, product, found?.variant ?? null) : null),
  };
}

/** The `Order` / `OrderWithPayments` view of an order. */
export function orderView(ctx: GraphQLContext, order: SandboxOrder) {
  const m = (minor: number) => money(minor, order.currencyCode);
  const details = order.details;
  const subtotal = details?.subtotal ?? order.lines.reduce((s, l) => s + (l.unitPrice - l.unitTax) * l.quantity, 0) + order.discountTotal;
  const couponTotal = details?.coupons.reduce((s, c) => s + c.amount, 0) ?? 0;
  const fallbackAddress: SandboxOrderAddress = { firstName: null, lastName: null, email: order.billingEmail, company: null, address1: null, address2: null, city: null, stateOrProvince: null, countryCode: 'US', postalCode: null, phone: null };
  return {
    id: nodeId('Order', order.id),
    entityId: order.id,
    orderedAt: dateTimeExtended(order.createdAt),
    status: { label: order.status, value: ORDER_STATUS_VALUES[order.status] },
    totalIncTax: m(order.total),
    subTotal: m(subtotal),
    taxTotal: m(order.taxTotal),
    shippingCostTotal: m(order.shippingCost),
    discounts: {
      couponDiscounts: (details?.coupons ?? []).map((c) => ({ couponCode: c.code, discountedAmount: m(c.amount) })),
      nonCouponDiscountTotal: m(order.discountTotal - couponTotal),
    },
    billingAddress: addressView(details?.billingAddress ?? fallbackAddress),
    consignments: {
      shipping: edges(
        (details?.consignments ?? []).map((c) => ({
          entityId: c.id,
          shippingAddress: addressView(c.address),
          lineItems: edges(order.lines.filter((l) => c.lineIds.includes(l.id)).map((l) => lineView(ctx, order, l))),
          shipments: edges(
            c.shipments.map((s) => ({
              entityId: s.id,
              shippedAt: dateTimeExtended(s.shippedAt),
              shippingProviderName: s.provider,
              shippingMethodName: s.method,
              tracking: s.trackingNumber && s.trackingUrl
                ? { __typename: 'OrderShipmentNumberAndUrlTracking', number: s.trackingNumber, url: s.trackingUrl }
                : s.trackingNumber
                  ? { __typename: 'OrderShipmentNumberOnlyTracking', number: s.trackingNumber }
                  : s.trackingUrl
                    ? { __typename: 'OrderShipmentUrlOnlyTracking', url: s.trackingUrl }
                    : null,
            })),
          ),
        })),
      ),
      // The sandbox sells no gift certificates yet: no email consignments.
      email: { giftCertificates: edges([]) },
    },
    payments: edges(
      order.payment
        ? [{
            amount: m(order.total),
            paymentMethodId: order.payment.methodId,
            paymentMethodName: order.payment.instrumentType === 'card' ? 'Credit card' : 'Stored card',
            detail: { __typename: 'CreditCardPaymentInstrument', brand: order.payment.brand, last4: order.payment.last4 },
          }]
        : [],
    ),
  };
}
