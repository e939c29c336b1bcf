import type { StoreWishlist } from '../../store/CustomerAccount.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { productView } from './productView.js';

type ItemFilters = { productEntityIds?: number[] | null; variantEntityIds?: number[] | null };

/** A wishlist's items, each with its catalog product (the variant's view when one was chosen). */
function itemsView(ctx: GraphQLContext, wishlist: StoreWishlist, args: PageArgs & { filters?: ItemFilters | null }) {
  const { productEntityIds, variantEntityIds } = args.filters ?? {};
  const items = wishlist.items.filter(
    (i) => (!productEntityIds?.length || productEntityIds.includes(i.productEntityId)) && (!variantEntityIds?.length || (i.variantEntityId !== null && variantEntityIds.includes(i.variantEntityId))),
  );
  return paginate(items, args, (item) => {
    const product = ctx.store.catalog.productById(item.productEntityId);
    const variant = item.variantEntityId === null ? null : (product?.variants.find((v) => v.entityId === item.variantEntityId) ?? null);
    return { ...item, product: product ? productView(ctx, product, variant) : null };
  }, 'Wishlist.items');
}

/** The `Wishlist` view (the owner's). */
export function wishlistView(ctx: GraphQLContext, wishlist: StoreWishlist) {
  return {
    entityId: wishlist.entityId,
    name: wishlist.name,
    isPublic: wishlist.isPublic,
    token: wishlist.token,
    items: (args: PageArgs & { filters?: ItemFilters | null }) => itemsView(ctx, wishlist, args),
  };
}

/** `Site.publicWishlist(token:)`: a public wishlist by its token, else null (private or unknown alike). */
export function publicWishlistView(ctx: GraphQLContext, token: string) {
  const wishlist = [...ctx.store.wishlists.values()].find((w) => w.isPublic && w.token === token);
  return wishlist ? wishlistView(ctx, wishlist) : null;
}

/** `Customer.wishlists`: the customer's own, oldest first, filtered by id or by what they hold. */
export function customerWishlists(ctx: GraphQLContext, customerEntityId: number, args: PageArgs & { filters?: { entityIds?: number[] | null; productEntityIds?: number[] | null; variantEntityIds?: number[] | null } | null }) {
  const { entityIds, productEntityIds, variantEntityIds } = args.filters ?? {};
  const list = [...ctx.store.wishlists.values()]
    .filter((w) => w.customerEntityId === customerEntityId)
    .filter((w) => !entityIds?.length || entityIds.includes(w.entityId))
    .filter((w) => !productEntityIds?.length || w.items.some((i) => productEntityIds.includes(i.productEntityId)))
    .filter((w) => !variantEntityIds?.length || w.items.some((i) => i.variantEntityId !== null && variantEntityIds.includes(i.variantEntityId)))
    .sort((a, b) => a.entityId - b.entityId);
  return paginate(list, args, (w) => wishlistView(ctx, w), 'Customer.wishlists');
}
