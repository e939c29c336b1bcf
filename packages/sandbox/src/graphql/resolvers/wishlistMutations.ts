import type { StoreWishlist } from '../../store/CustomerAccount.js';
import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { wishlistView } from '../views/wishlistView.js';
import { randomBytes } from 'node:crypto';

type ItemInput = { productEntityId: number; variantEntityId?: number | null };

/** Most items one wishlist holds (the sandbox's bound; BigCommerce publishes none). */
export const MAX_WISHLIST_ITEMS = 100;

/**
 * `Mutation.wishlist`: the signed-in customer's wishlists only. BigCommerce's results carry no
 * error list, so refusals are GraphQL errors: no customer, a wishlist that is not the customer's
 * (answered as not found), an item that is not a product of the catalog, a bad name.
 */
export function wishlistMutations(ctx: GraphQLContext) {
  const { store } = ctx;
  const customer = () => {
    if (!ctx.customer) throw new StoreError('UNAUTHENTICATED', 'Wishlists belong to a customer: send the customer access token (X-Bc-Customer-Access-Token).');
    return ctx.customer;
  };
  const own = (entityId: number): StoreWishlist => {
    const wishlist = store.wishlists.get(entityId);
    if (!wishlist || wishlist.customerEntityId !== customer().entityId) throw new StoreError('NOT_FOUND', `Wishlist ${entityId} not found among this customer's wishlists.`);
    return wishlist;
  };
  const checkName = (name: string) => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 255 || /\p{Cc}/u.test(trimmed)) throw new StoreError('BAD_USER_INPUT', 'Wishlist name must be 1 to 255 characters with no control characters.');
    return trimmed;
  };
  const addItems = (wishlist: StoreWishlist, items: readonly ItemInput[]) => {
    for (const item of items) {
      const product = store.catalog.productById(item.productEntityId);
      if (!product) throw new StoreError('NOT_FOUND', `Product ${item.productEntityId} not found: wishlist items must be products of the catalog.`);
      const variantEntityId = item.variantEntityId ?? null;
      if (variantEntityId !== null && !product.variants.some((v) => v.entityId === variantEntityId)) {
        throw new StoreError('NOT_FOUND', `Variant ${variantEntityId} is not a variant of product ${product.entityId}.`);
      }
      // The same product (and variant) once: adding it again changes nothing.
      if (wishlist.items.some((i) => i.productEntityId === product.entityId && i.variantEntityId === variantEntityId)) continue;
      if (wishlist.items.length >= MAX_WISHLIST_ITEMS) throw new StoreError('BAD_USER_INPUT', `A wishlist holds at most ${MAX_WISHLIST_ITEMS} items.`);
      wishlist.items.push({ entityId: store.nextWishlistItemId(), productEntityId: product.entityId, variantEntityId });
    }
  };
  return {
    createWishlist: ({ input }: { input: { name: string; isPublic: boolean; items?: ItemInput[] | null } }) => {
      const owner = customer();
      const wishlist: StoreWishlist = { entityId: store.nextWishlistId(), customerEntityId: owner.entityId, name: checkName(input.name), isPublic: input.isPublic, token: randomBytes(16).toString('hex'), items: [] };
      addItems(wishlist, input.items ?? []);
      store.wishlists.set(wishlist.entityId, wishlist);
      return { result: wishlistView(ctx, wishlist) };
    },
    addWishlistItems: ({ input }: { input: { entityId: number; items: ItemInput[] } }) => {
      const wishlist = own(input.entityId);
      // All or nothing: a bad item leaves the wishlist as it was.
      const draft = structuredClone(wishlist);
      addItems(draft, input.items);
      wishlist.items = draft.items;
      return { result: wishlistView(ctx, wishlist) };
    },
    deleteWishlistItems: ({ input }: { input: { entityId: number; itemEntityIds: number[] } }) => {
      const wishlist = own(input.entityId);
      wishlist.items = wishlist.items.filter((i) => !input.itemEntityIds.includes(i.entityId));
      return { result: wishlistView(ctx, wishlist) };
    },
    updateWishlist: ({ input }: { input: { entityId: number; data: { name?: string | null; isPublic?: boolean | null } } }) => {
      const wishlist = own(input.entityId);
      const name = input.data.name == null ? wishlist.name : checkName(input.data.name);
      wishlist.name = name;
      if (input.data.isPublic != null) wishlist.isPublic = input.data.isPublic;
      return { result: wishlistView(ctx, wishlist) };
    },
    deleteWishlists: ({ input }: { input: { entityIds: number[] } }) => {
      // Checked first, so one foreign id deletes nothing.
      for (const id of input.entityIds) own(id);
      for (const id of input.entityIds) store.wishlists.delete(id);
      return { result: 'success' };
    },
  };
}
