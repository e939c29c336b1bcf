// The cart read and the cart mutations. Every mutation answers the whole cart with the same
// selection as the read, so its answer can replace the cached cart without a refetch.
import { graphql, type ImageResult, type Money } from './GraphQLDocument.js';
import { CART_FIELDS } from './shopperSelections.js';

/** A chosen option on a cart line, e.g. "Size: M". */
export interface CartSelectedOptionResult {
  entityId: number;
  name: string;
  value?: string;
  valueEntityId?: number;
}

/** One physical line of the cart. */
export interface CartLineResult {
  entityId: string;
  productEntityId: number;
  variantEntityId: number | null;
  sku: string | null;
  name: string;
  path: string;
  quantity: number;
  image: ImageResult | null;
  salePrice: Money;
  extendedSalePrice: Money;
  selectedOptions: CartSelectedOptionResult[];
}

/** A cart as the storefront shows it. */
export interface CartResult {
  entityId: string;
  version: number | null;
  currencyCode: string;
  locale: string;
  baseAmount: Money;
  discountedAmount: Money;
  amount: Money;
  lineItems: { totalQuantity: number; physicalItems: CartLineResult[] };
}

/** Result of `CART`. */
export interface CartQueryResult {
  site: { cart: CartResult | null };
}

/** The session's cart; `null` once it is gone (checked out, expired, or another customer's). */
export const CART_QUERY = graphql<CartQueryResult, { entityId: string; imageWidth: number }>(`query BcHeadlessCart($entityId: String!, $imageWidth: Int!) {
  site { cart(entityId: $entityId) { ${CART_FIELDS} } }
}`);

/** A line to add: a product, optionally one of its variants or option choices. */
export interface CartLineItemInput {
  quantity: number;
  productEntityId: number;
  variantEntityId?: number;
  selectedOptions?: { multipleChoices?: { optionEntityId: number; optionValueEntityId: number }[] };
}

/** Result of `CREATE_CART`. */
export interface CreateCartResult {
  cart: { createCart: { cart: CartResult | null } | null };
}

/** Starts a cart with its first lines, in the shopper's locale (hosted checkout uses it too). */
export const CREATE_CART = graphql<CreateCartResult, { lineItems: CartLineItemInput[]; locale?: string | null; imageWidth: number }>(`mutation BcHeadlessCreateCart($lineItems: [CartLineItemInput!]!, $locale: String, $imageWidth: Int!) {
  cart { createCart(input: { lineItems: $lineItems, locale: $locale }) { cart { ${CART_FIELDS} } } }
}`);

/** Result of `ADD_CART_LINE_ITEMS`. */
export interface AddCartLineItemsResult {
  cart: { addCartLineItems: { cart: CartResult | null } | null };
}

/** Adds lines to an existing cart. */
export const ADD_CART_LINE_ITEMS = graphql<AddCartLineItemsResult, { cartEntityId: string; lineItems: CartLineItemInput[]; imageWidth: number }>(`mutation BcHeadlessAddCartLineItems($cartEntityId: String!, $lineItems: [CartLineItemInput!]!, $imageWidth: Int!) {
  cart { addCartLineItems(input: { cartEntityId: $cartEntityId, data: { lineItems: $lineItems } }) { cart { ${CART_FIELDS} } } }
}`);

/** Result of `UPDATE_CART_LINE_ITEM`. */
export interface UpdateCartLineItemResult {
  cart: { updateCartLineItem: { cart: CartResult | null } | null };
}

/** Variables of `UPDATE_CART_LINE_ITEM`. */
export interface UpdateCartLineItemVariables {
  cartEntityId: string;
  lineItemEntityId: string;
  lineItem: CartLineItemInput;
  imageWidth: number;
}

/** Sets a line's quantity (BigCommerce wants the line's product and variant again). */
export const UPDATE_CART_LINE_ITEM = graphql<UpdateCartLineItemResult, UpdateCartLineItemVariables>(`mutation BcHeadlessUpdateCartLineItem($cartEntityId: String!, $lineItemEntityId: String!, $lineItem: CartLineItemInput!, $imageWidth: Int!) {
  cart { updateCartLineItem(input: { cartEntityId: $cartEntityId, lineItemEntityId: $lineItemEntityId, data: { lineItem: $lineItem } }) { cart { ${CART_FIELDS} } } }
}`);

/** Result of `DELETE_CART_LINE_ITEM`. */
export interface DeleteCartLineItemResult {
  cart: { deleteCartLineItem: { cart: CartResult | null; deletedCartEntityId: string | null } | null };
}

/** Removes a line; removing the last one deletes the cart (`cart: null`, `deletedCartEntityId`). */
export const DELETE_CART_LINE_ITEM = graphql<DeleteCartLineItemResult, { cartEntityId: string; lineItemEntityId: string; imageWidth: number }>(`mutation BcHeadlessDeleteCartLineItem($cartEntityId: String!, $lineItemEntityId: String!, $imageWidth: Int!) {
  cart { deleteCartLineItem(input: { cartEntityId: $cartEntityId, lineItemEntityId: $lineItemEntityId }) { cart { ${CART_FIELDS} } deletedCartEntityId } }
}`);
