import { randomUUID } from 'node:crypto';
import type { CatalogProduct } from '../catalog/createCatalog.js';
import type { SeedVariant } from '../catalog/SandboxSeed.js';
import type { SandboxCart } from './SandboxStore.js';
import type { Store } from './Store.js';
import { StoreError } from './StoreError.js';
import { modifierSelections, sameModifiers, type SelectedOptionsInput } from './cartModifiers.js';
import { priceGroupOf, unitPriceOf } from './unitPriceOf.js';

/** A line item as the GraphQL `CartLineItemInput` carries it. */
export interface LineItemInput {
  quantity: number;
  productEntityId?: number | null;
  variantEntityId?: number | null;
  sku?: string | null;
  selectedOptions?: SelectedOptionsInput | null;
}

/** The cart with this id, or a NOT_FOUND refusal naming the API. */
export function requireCart(store: Store, cartEntityId: string): SandboxCart {
  const cart = store.carts.get(cartEntityId);
  if (!cart) throw new StoreError('NOT_FOUND', `Cart not found: no cart with entityId "${cartEntityId}". Create one with cart.createCart or read site.cart for a current id.`);
  return cart;
}

/**
 * Optimistic concurrency: a request naming a `version` must name the current one. Modelled on
 * the Cart/Checkout REST APIs' 409 (reference/carts.sf.yml, `version`), which BigCommerce added to
 * every cart and checkout mutation input.
 */
export function checkVersion(cart: SandboxCart, version: number | null | undefined): void {
  if (version === null || version === undefined) return;
  if (version !== cart.version) {
    throw new StoreError(
      'CONFLICT',
      `Cart version conflict: the request sent version ${version} but cart "${cart.entityId}" is at version ${cart.version}. Read the cart again and retry with its current version.`,
    );
  }
}

/** Marks a cart changed: bumps `version` and `updatedAt`. */
export function touch(store: Store, cart: SandboxCart, now: number): void {
  cart.version += 1;
  cart.updatedAt = now;
  const checkout = store.checkouts.get(cart.entityId);
  if (checkout) {
    // Lines that are gone leave their consignments; an emptied consignment is dropped.
    const ids = new Set(cart.lines.map((l) => l.entityId));
    checkout.consignments = checkout.consignments
      .map((c) => ({ ...c, lineItemIds: c.lineItemIds.filter((id) => ids.has(id)) }))
      .filter((c) => c.lineItemIds.length > 0);
  }
}

function resolveVariant(store: Store, input: LineItemInput): { product: CatalogProduct; variant: SeedVariant } {
  const { catalog } = store;
  if (input.variantEntityId != null) {
    const found = catalog.variantById(input.variantEntityId);
    if (!found || (input.productEntityId != null && found.product.entityId !== input.productEntityId)) {
      throw new StoreError('NOT_FOUND', `Variant not found: variantEntityId ${input.variantEntityId}${input.productEntityId != null ? ` of product ${input.productEntityId}` : ''} does not exist.`);
    }
    return found;
  }
  if (input.sku != null) {
    const product = catalog.productBySku(input.sku);
    const variant = product?.variants.find((v) => v.sku === input.sku) ?? (product?.variants.length === 1 ? product.variants[0] : undefined);
    if (!product || !variant) throw new StoreError('NOT_FOUND', `Product not found: no product or variant with sku "${input.sku}".`);
    return { product, variant };
  }
  if (input.productEntityId == null) {
    throw new StoreError('BAD_USER_INPUT', 'Invalid line item: give productEntityId (with selectedOptions or variantEntityId for products with options) or sku.');
  }
  const product = catalog.productById(input.productEntityId);
  if (!product) throw new StoreError('NOT_FOUND', `Product not found: no product with entityId ${input.productEntityId}.`);
  const choices = input.selectedOptions?.multipleChoices ?? [];
  if (product.options.length === 0) return { product, variant: product.variants[0]! };
  for (const choice of choices) {
    const option = product.options.find((o) => o.entityId === choice.optionEntityId);
    if (!option || !option.values.some((v) => v.entityId === choice.optionValueEntityId)) {
      throw new StoreError('BAD_USER_INPUT', `Invalid option: product ${product.entityId} has no option ${choice.optionEntityId} with value ${choice.optionValueEntityId}.`);
    }
  }
  const missing = product.options.filter((o) => !choices.some((c) => c.optionEntityId === o.entityId));
  if (missing.length > 0) {
    throw new StoreError('BAD_USER_INPUT', `Missing required option: product ${product.entityId} needs a value for ${missing.map((o) => `"${o.displayName}" (${o.entityId})`).join(', ')}. Pass selectedOptions.multipleChoices or variantEntityId.`);
  }
  const variant = catalog.variantForOptions(product, choices.map((c) => c.optionValueEntityId));
  if (!variant) throw new StoreError('NOT_FOUND', `Variant not found: product ${product.entityId} has no variant with those option values.`);
  return { product, variant };
}

function checkQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1) {
    throw new StoreError('BAD_USER_INPUT', `Invalid quantity ${quantity}: a line item's quantity must be a positive integer (use deleteCartLineItem to remove a line).`);
  }
}

function checkStock(product: CatalogProduct, variant: SeedVariant, quantity: number): void {
  if (variant.stock <= 0) throw new StoreError('OUT_OF_STOCK', `"${product.name.en}" (sku ${variant.sku}) is out of stock.`);
  if (quantity > variant.stock) {
    throw new StoreError('INSUFFICIENT_STOCK', `Not enough stock: "${product.name.en}" (sku ${variant.sku}) has ${variant.stock} available, ${quantity} requested.`);
  }
}

/** Adds line items, merging a variant already in the cart into its existing line; priced for the cart's owner. */
export function addLines(store: Store, cart: SandboxCart, inputs: readonly LineItemInput[]): void {
  const group = priceGroupOf(store, cart.customerEntityId);
  for (const input of inputs) {
    checkQuantity(input.quantity);
    const { product, variant } = resolveVariant(store, input);
    const modifiers = modifierSelections(product, input.selectedOptions);
    const existing = cart.lines.find((l) => l.variantEntityId === variant.entityId && sameModifiers(l.modifiers, modifiers));
    const quantity = (existing?.quantity ?? 0) + input.quantity;
    checkStock(product, variant, quantity);
    if (existing) {
      existing.quantity = quantity;
      existing.unitPrice = unitPriceOf(product, variant, group);
    } else {
      cart.lines.push({
        entityId: randomUUID(),
        productEntityId: product.entityId,
        variantEntityId: variant.entityId,
        name: product.name.en,
        sku: variant.sku,
        quantity,
        unitPrice: unitPriceOf(product, variant, group),
        ...(modifiers.length > 0 ? { modifiers } : {}),
      });
    }
  }
}

/** Replaces one line's item/quantity (priced for the cart's owner). */
export function updateLine(store: Store, cart: SandboxCart, lineItemEntityId: string, input: LineItemInput): void {
  const index = cart.lines.findIndex((l) => l.entityId === lineItemEntityId);
  if (index < 0) throw new StoreError('NOT_FOUND', `Line item not found: cart "${cart.entityId}" has no line item "${lineItemEntityId}".`);
  checkQuantity(input.quantity);
  const current = cart.lines[index]!;
  const target =
    input.productEntityId == null && input.variantEntityId == null && input.sku == null
      ? store.catalog.variantById(current.variantEntityId)
      : resolveVariant(store, { ...input, productEntityId: input.productEntityId ?? current.productEntityId });
  if (!target) throw new StoreError('NOT_FOUND', `Variant not found: variantEntityId ${current.variantEntityId}.`);
  checkStock(target.product, target.variant, input.quantity);
  // New selections replace the line's modifiers; without any, another product starts with none.
  const modifiers = input.selectedOptions ? modifierSelections(target.product, input.selectedOptions) : target.product.entityId === current.productEntityId ? (current.modifiers ?? []) : modifierSelections(target.product, null);
  const { modifiers: _old, ...rest } = current;
  cart.lines[index] = {
    ...rest,
    ...(modifiers.length > 0 ? { modifiers } : {}),
    productEntityId: target.product.entityId,
    variantEntityId: target.variant.entityId,
    name: target.product.name.en,
    sku: target.variant.sku,
    quantity: input.quantity,
    unitPrice: unitPriceOf(target.product, target.variant, priceGroupOf(store, cart.customerEntityId)),
  };
}

/**
 * Prices every line for the cart's current owner. Called whenever `customerEntityId` changes
 * (login merge or assignment, `assignCartToCustomer`, logout releasing the cart to a guest): a cart
 * carries its owner's prices, so a guest never pays, or sees, a group price through a cart a
 * customer left behind. Totals, tax, coupons, the order and the payment amount all follow from
 * these line prices (computeTotals).
 */
export function repriceCart(store: Store, cart: SandboxCart): void {
  const group = priceGroupOf(store, cart.customerEntityId);
  for (const line of cart.lines) {
    const found = store.catalog.variantById(line.variantEntityId);
    if (found) line.unitPrice = unitPriceOf(found.product, found.variant, group);
  }
}

/** Creates a cart (uuid id, like BigCommerce's) for a customer or a guest. */
export function newCart(options: { customerEntityId: number | null; locale: string; currencyCode: string; now: number }): SandboxCart {
  return {
    entityId: randomUUID(),
    customerEntityId: options.customerEntityId,
    currencyCode: options.currencyCode,
    locale: options.locale,
    version: 1,
    lines: [],
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/**
 * Deletes the carts whose order has been paid. BigCommerce keeps a cart after `completeCheckout`
 * and deletes it once the order is paid (reference/checkouts.v3.yml, "Create an order": "Once the
 * order is paid, the cart is deleted"); the Payments API only marks the order, so the sandbox
 * sweeps here before every GraphQL request.
 */
export function dropPaidCarts(store: Store): void {
  for (const [cartEntityId, state] of store.checkouts) {
    if (state.orderEntityId === null) continue;
    const order = store.orders.get(state.orderEntityId);
    if (order && order.status !== 'Incomplete') deleteCart(store, cartEntityId);
  }
}

/** Deletes a cart and its checkout state. */
export function deleteCart(store: Store, cartEntityId: string): void {
  store.carts.delete(cartEntityId);
  store.checkouts.delete(cartEntityId);
}
