import type { QueryClient } from '@tanstack/query-core';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import { StorefrontGraphQLError } from '../errors/StorefrontGraphQLError.js';
import {
  ADD_CART_LINE_ITEMS,
  CART_QUERY,
  CREATE_CART,
  DELETE_CART_LINE_ITEM,
  UPDATE_CART_LINE_ITEM,
  type CartLineItemInput,
  type CartResult,
} from './documents/cartDocuments.js';
import { CART_SCOPE, type QueryLayerContext } from './QueryLayerContext.js';
import type { StorefrontMutationOptions } from './StorefrontQueryOptions.js';

/** What "Add to cart" sends: a product, optionally a variant or option choices, and a quantity (default 1). */
export interface AddToCartVariables {
  productEntityId: number;
  variantEntityId?: number;
  quantity?: number;
  selectedOptions?: CartLineItemInput['selectedOptions'];
}

/** A new quantity for a cart line; 0 removes it. Product and variant are read from the cached cart when omitted. */
export interface UpdateCartLineVariables {
  lineItemEntityId: string;
  quantity: number;
  productEntityId?: number;
  variantEntityId?: number;
}

/** The line to remove. */
export interface RemoveCartLineVariables {
  lineItemEntityId: string;
}

/** What a cart mutation remembers from before it ran. */
export interface CartBefore {
  cartId: string | null;
}

/** Cart mutations: each answer is written into the cache as is. INTERNAL (see `storefrontQueries`). */
export function cartMutations(ctx: QueryLayerContext) {
  const { client, session, keys, imageWidth } = ctx;
  const all = keys.all();
  const requireCartId = (api: string) => {
    const { cartId } = session.getSnapshot();
    if (!cartId) throw new StorefrontConfigError(`${api}: the session has no cart; add something to the cart first`, { field: 'session.cartId' });
    return cartId;
  };

  // The cache effect every cart mutation shares: the answer becomes the cached cart (no refetch),
  // the session follows the cart's id, and the checkout of that cart is marked stale. The cache is
  // written BEFORE the session changes: a session listener (an adapter) re-keys its cart query
  // synchronously, and must find the data already there, or it would fetch it again.
  const writeCart = (queryClient: QueryClient, cart: CartResult | null, previousId: string | null) => {
    const scope = ctx.scope(session.getSnapshot());
    const id = cart?.entityId ?? null;
    queryClient.setQueryData(keys.cart(scope, id), cart);
    if (previousId && previousId !== id) queryClient.setQueryData(keys.cart(scope, previousId), null);
    session.setCartId(id);
    return queryClient.invalidateQueries({ queryKey: keys.checkout(scope, id ?? previousId) });
  };

  // Whether adding to `cartEntityId` failed because that cart is gone (paid, expired, deleted).
  // BigCommerce gives that refusal no code: it answers `{ message: 'Not Found: Cart does not exist',
  // path: ['cart', 'addCartLineItems'] }` with no `extensions` (bigcommerce/nextjs-commerce#26). So
  // rather than read the message, an error at that path is checked by reading the cart, which
  // `site.cart` answers with null for an id the store no longer knows; Catalyst decides the same
  // way (bigcommerce/catalyst core/lib/cart/validate-cart.ts and addToOrCreateCart). One more
  // request, on this path only.
  const isCartGone = async (error: unknown, cartEntityId: string) =>
    error instanceof StorefrontGraphQLError &&
    error.errors.some((e) => e?.path?.[0] === 'cart' && e.path[1] === 'addCartLineItems') &&
    (await client.request(CART_QUERY, { entityId: cartEntityId, imageWidth })).site.cart === null;

  // The cart id before the mutation, for `onSuccess` (per call: one options object serves many).
  const onMutate = () => ({ cartId: session.getSnapshot().cartId });
  // One cart, one queue: TanStack runs mutations of one scope one after another, so two quick
  // "Add to cart" clicks make one cart, the second seeing the id the first stored.
  const queue = { id: CART_SCOPE };

  return {
    /** Adds a line; creates the cart (in the session's locale) when there is none or it is gone. */
    addToCart(): StorefrontMutationOptions<CartResult, AddToCartVariables, CartBefore> {
      return {
        mutationKey: [...all, 'cart', 'add'],
        mutationFn: async ({ quantity = 1, ...line }) => {
          const state = session.getSnapshot();
          const lineItems = [{ ...line, quantity }];
          if (state.cartId) {
            try {
              const data = await client.request(ADD_CART_LINE_ITEMS, { cartEntityId: state.cartId, lineItems, imageWidth });
              if (data.cart.addCartLineItems?.cart) return data.cart.addCartLineItems.cart;
            } catch (error) {
              if (!(await isCartGone(error, state.cartId))) throw error;
            }
          }
          const { locale } = ctx.locale(state);
          const data = await client.request(CREATE_CART, { lineItems, locale, imageWidth });
          const cart = data.cart.createCart?.cart;
          if (!cart) throw new StorefrontGraphQLError('addToCart: createCart answered no cart', { errors: [], data });
          return cart;
        },
        onMutate,
        scope: queue,
        onSuccess: (cart, _variables, before, { client: queryClient }) => writeCart(queryClient, cart, before.cartId),
      };
    },

    /** Sets a line's quantity; 0 removes the line (and the cart with its last line). */
    updateCartLine(): StorefrontMutationOptions<CartResult | null, UpdateCartLineVariables, CartBefore> {
      return {
        mutationKey: [...all, 'cart', 'update'],
        mutationFn: async ({ lineItemEntityId, quantity, productEntityId, variantEntityId }, { client: queryClient }) => {
          const cartEntityId = requireCartId('updateCartLine');
          if (quantity === 0) return removeLine(cartEntityId, lineItemEntityId);
          if (productEntityId == null) {
            const cached = queryClient.getQueryData(keys.cart(ctx.scope(session.getSnapshot()), cartEntityId)) as CartResult | null | undefined;
            const line = cached?.lineItems.physicalItems.find((l) => l.entityId === lineItemEntityId);
            if (!line) throw new StorefrontConfigError(`updateCartLine: line ${lineItemEntityId} is not in the cached cart; pass productEntityId (and variantEntityId)`, { field: 'productEntityId' });
            productEntityId = line.productEntityId;
            variantEntityId ??= line.variantEntityId ?? undefined;
          }
          const lineItem = { quantity, productEntityId, ...(variantEntityId != null ? { variantEntityId } : {}) };
          const data = await client.request(UPDATE_CART_LINE_ITEM, { cartEntityId, lineItemEntityId, lineItem, imageWidth });
          return data.cart.updateCartLineItem?.cart ?? null;
        },
        onMutate,
        scope: queue,
        onSuccess: (cart, _variables, before, { client: queryClient }) => writeCart(queryClient, cart, before.cartId),
      };
    },

    /** Removes a line; removing the last one deletes the cart and clears the session's cart id. */
    removeCartLine(): StorefrontMutationOptions<CartResult | null, RemoveCartLineVariables, CartBefore> {
      return {
        mutationKey: [...all, 'cart', 'remove'],
        mutationFn: ({ lineItemEntityId }) => removeLine(requireCartId('removeCartLine'), lineItemEntityId),
        onMutate,
        scope: queue,
        onSuccess: (cart, _variables, before, { client: queryClient }) => writeCart(queryClient, cart, before.cartId),
      };
    },
  };

  async function removeLine(cartEntityId: string, lineItemEntityId: string) {
    const data = await client.request(DELETE_CART_LINE_ITEM, { cartEntityId, lineItemEntityId, imageWidth });
    return data.cart.deleteCartLineItem?.cart ?? null;
  }
}
