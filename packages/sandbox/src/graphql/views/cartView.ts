import { computeTotals } from '../../store/computeTotals.js';
import type { SandboxCart } from '../../store/SandboxStore.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { selectedModifierViews } from './modifierOptionView.js';
import { dateTimeExtended, money, nodeId } from './money.js';
import { imageView, productView } from './productView.js';

/** The `Cart` view: amounts from `computeTotals` (coupons come from the cart's checkout). */
export function cartView(ctx: GraphQLContext, cart: SandboxCart) {
  const { store } = ctx;
  const totals = computeTotals(store, cart, store.checkouts.get(cart.entityId));
  const m = (minor: number) => money(minor, cart.currencyCode);
  return {
    entityId: cart.entityId,
    id: nodeId('Cart', cart.entityId),
    currencyCode: cart.currencyCode,
    locale: cart.locale,
    version: cart.version,
    isTaxIncluded: false,
    createdAt: dateTimeExtended(cart.createdAt),
    updatedAt: dateTimeExtended(cart.updatedAt),
    baseAmount: m(totals.subtotal),
    discountedAmount: m(totals.discountTotal),
    amount: m(totals.subtotal - totals.discountTotal),
    discounts: totals.discountTotal > 0 ? [{ entityId: 'coupon', discountedAmount: m(totals.discountTotal) }] : [],
    lineItems: {
      totalQuantity: cart.lines.reduce((s, l) => s + l.quantity, 0),
      // The sandbox sells physical goods only: no digital items or gift certificates in carts.
      digitalItems: [],
      giftCertificates: [],
      physicalItems: totals.lines.map(({ line, listUnit, saleUnit, unitDiscount }) => {
        const found = store.catalog.variantById(line.variantEntityId);
        const product = found?.product;
        const imageId = product ? store.catalog.imageIds(product)[0] : undefined;
        return {
          entityId: line.entityId,
          productEntityId: line.productEntityId,
          variantEntityId: line.variantEntityId,
          sku: line.sku,
          name: product ? productView(ctx, product).name : line.name,
          path: product ? `/${product.slug}/` : '/',
          // Deprecated on BigCommerce but still read by Catalyst's cart: the product page's absolute URL.
          url: `${ctx.deps.config.origin}${product ? `/${product.slug}/` : '/'}`,
          brand: product?.brandEntityId !== undefined ? (store.catalog.brandById(product.brandEntityId)?.name ?? null) : null,
          quantity: line.quantity,
          isTaxable: true,
          isShippingRequired: true,
          image: product && imageId !== undefined ? imageView(ctx, product, imageId, true) : null,
          baseCatalogProduct: product ? () => productView(ctx, product) : null,
          listPrice: m(listUnit),
          originalPrice: m(listUnit),
          salePrice: m(saleUnit),
          extendedListPrice: m(listUnit * line.quantity),
          extendedSalePrice: m(saleUnit * line.quantity),
          couponAmount: m(unitDiscount * line.quantity),
          discountedAmount: m(unitDiscount * line.quantity),
          discounts: unitDiscount > 0 ? [{ entityId: 'coupon', discountedAmount: m(unitDiscount * line.quantity) }] : [],
          selectedOptions: [
            ...(found?.variant.optionValueIds ?? []).flatMap((valueId) => {
              const option = product?.options.find((o) => o.values.some((v) => v.entityId === valueId));
              const value = option?.values.find((v) => v.entityId === valueId);
              return option && value
                ? [{ __typename: 'CartSelectedMultipleChoiceOption', entityId: option.entityId, name: option.displayName, value: value.label, valueEntityId: value.entityId }]
                : [];
            }),
            ...selectedModifierViews(product, line.modifiers),
          ],
        };
      }),
    },
  };
}
