import { addLines, checkVersion, deleteCart, newCart, repriceCart, touch, updateLine, type LineItemInput } from '../../store/cartOperations.js';
import { StoreError } from '../../store/StoreError.js';
import { signSessionSyncJwt } from '../../sessionSync/sessionSyncJwt.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { requireAccessibleCart, findAccessibleCart } from './accessibleCart.js';
import { updateCartCurrency } from './updateCartCurrency.js';

type AnalyticsInput = { initiator?: { visitId: string; visitorId: string } | null } | null | undefined;

/** The `CartMutations` namespace. */
export function cartMutations(ctx: GraphQLContext) {
  const { store, deps } = ctx;
  const now = () => deps.clock.now();
  return {
    updateCartCurrency: updateCartCurrency(ctx),
    createCart: ({ input }: { input: { lineItems?: LineItemInput[] | null; locale?: string | null; currencyCode?: string | null } }) => {
      if (input.currencyCode && input.currencyCode !== store.settings.currencyCode) {
        throw new StoreError('BAD_USER_INPUT', `Invalid currencyCode "${input.currencyCode}": this store sells in ${store.settings.currencyCode} only.`);
      }
      if (!input.lineItems?.length) {
        throw new StoreError('BAD_USER_INPUT', 'createCart needs at least one line item in input.lineItems.');
      }
      const cart = newCart({
        customerEntityId: ctx.customer?.entityId ?? null,
        locale: input.locale ?? ctx.locale,
        currencyCode: store.settings.currencyCode,
        now: now(),
      });
      addLines(store, cart, input.lineItems);
      store.carts.set(cart.entityId, cart);
      return { cart: cartView(ctx, cart) };
    },
    addCartLineItems: ({ input }: { input: { cartEntityId: string; version?: number | null; data: { lineItems?: LineItemInput[] | null } } }) => {
      const cart = requireAccessibleCart(ctx, input.cartEntityId);
      checkVersion(cart, input.version);
      const draft = structuredClone(cart);
      addLines(store, draft, input.data.lineItems ?? []);
      cart.lines = draft.lines;
      touch(store, cart, now());
      return { cart: cartView(ctx, cart) };
    },
    updateCartLineItem: ({ input }: { input: { cartEntityId: string; lineItemEntityId: string; version?: number | null; data: { lineItem?: LineItemInput | null } } }) => {
      const cart = requireAccessibleCart(ctx, input.cartEntityId);
      checkVersion(cart, input.version);
      if (!input.data.lineItem) throw new StoreError('BAD_USER_INPUT', 'updateCartLineItem needs input.data.lineItem (gift certificates are not supported by the sandbox).');
      updateLine(store, cart, input.lineItemEntityId, input.data.lineItem);
      touch(store, cart, now());
      return { cart: cartView(ctx, cart) };
    },
    deleteCartLineItem: ({ input }: { input: { cartEntityId: string; lineItemEntityId: string; version?: number | null } }) => {
      const cart = requireAccessibleCart(ctx, input.cartEntityId);
      checkVersion(cart, input.version);
      const index = cart.lines.findIndex((l) => l.entityId === input.lineItemEntityId);
      if (index < 0) throw new StoreError('NOT_FOUND', `Line item not found: cart "${cart.entityId}" has no line item "${input.lineItemEntityId}".`);
      cart.lines.splice(index, 1);
      // Deleting the last line deletes the cart (shared/bigcommerce-api.md).
      if (cart.lines.length === 0) {
        deleteCart(store, cart.entityId);
        return { cart: null, deletedCartEntityId: cart.entityId, deletedLineItemEntityId: input.lineItemEntityId };
      }
      touch(store, cart, now());
      return { cart: cartView(ctx, cart), deletedCartEntityId: null, deletedLineItemEntityId: input.lineItemEntityId };
    },
    deleteCart: ({ input }: { input: { cartEntityId: string } }) => {
      const cart = requireAccessibleCart(ctx, input.cartEntityId);
      deleteCart(store, cart.entityId);
      return { deletedCartEntityId: cart.entityId };
    },
    assignCartToCustomer: ({ input }: { input: { cartEntityId: string; version?: number | null } }) => {
      if (!ctx.customer) {
        throw new StoreError('UNAUTHENTICATED', 'assignCartToCustomer needs a customer: send X-Bc-Customer-Access-Token with a token from login.');
      }
      const cart = requireAccessibleCart(ctx, input.cartEntityId);
      checkVersion(cart, input.version);
      cart.customerEntityId = ctx.customer.entityId;
      repriceCart(store, cart);
      touch(store, cart, now());
      return { cart: cartView(ctx, cart) };
    },
    createCartRedirectUrls: async ({ input }: { input?: { cartEntityId?: string | null; analytics?: AnalyticsInput } | null }) => {
      const cartId = input?.cartEntityId ?? null;
      const cart = cartId ? findAccessibleCart(ctx, cartId) : null;
      if (!cart) {
        return { redirectUrls: null, errors: [{ __typename: 'NotFoundError', message: `Cart not found: no cart with entityId "${cartId ?? ''}" for this shopper.` }] };
      }
      const origin = deps.config.origin;
      if (!ctx.customer) {
        // Guests get plain links to the hosted checkout, which loads the cart by id.
        const query = `cartId=${encodeURIComponent(cart.entityId)}`;
        return { errors: [], redirectUrls: { redirectedCheckoutUrl: `${origin}/checkout?${query}`, embeddedCheckoutUrl: `${origin}/checkout?${query}&embedded=1` } };
      }
      // With a customer, each link is a session-sync link that signs the customer in first.
      const link = async (redirectTo: string) =>
        (
          await signSessionSyncJwt(deps, {
            cartId: cart.entityId,
            customerId: ctx.customer!.entityId,
            redirectTo,
            requestIp: ctx.req.clientIp,
            cartLocale: cart.locale,
            ...(input?.analytics?.initiator ? { visitorId: input.analytics.initiator.visitorId, visitId: input.analytics.initiator.visitId } : {}),
          })
        ).url;
      return {
        errors: [],
        redirectUrls: { redirectedCheckoutUrl: await link('/checkout'), embeddedCheckoutUrl: await link('/checkout?embedded=1') },
      };
    },
  };
}
