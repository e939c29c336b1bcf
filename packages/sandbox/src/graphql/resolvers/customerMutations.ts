import { addLines, deleteCart, repriceCart, touch } from '../../store/cartOperations.js';
import type { SandboxCart } from '../../store/SandboxStore.js';
import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { customerView } from '../views/customerView.js';
import { latestCustomerCart } from './accessibleCart.js';

/**
 * Merges a guest cart into the customer's cart at login (docs/start/authentication/
 * graphql-storefront.mdx: `guestCartEntityId`): the guest cart is assigned to the customer when
 * the customer has no cart, else its lines are added to the customer's cart and it is deleted.
 */
export function mergeGuestCart(ctx: GraphQLContext, customerEntityId: number, guestCartEntityId: string | null | undefined): SandboxCart | null {
  const { store } = ctx;
  const now = ctx.deps.clock.now();
  const existing = latestCustomerCart(ctx, customerEntityId);
  const guest = guestCartEntityId ? store.carts.get(guestCartEntityId) : undefined;
  if (!guest || (guest.customerEntityId !== null && guest.customerEntityId !== customerEntityId)) return existing;
  if (!existing || existing.entityId === guest.entityId) {
    guest.customerEntityId = customerEntityId;
    // The cart now carries the customer's (group) prices.
    repriceCart(store, guest);
    touch(store, guest, now);
    return guest;
  }
  const draft = structuredClone(existing);
  // addLines prices the guest's lines for the draft's owner, the customer.
  for (const line of guest.lines) {
    try {
      addLines(store, draft, [{ quantity: line.quantity, variantEntityId: line.variantEntityId }]);
    } catch (error) {
      // A line that no longer fits (stock) stays out of the merged cart rather than failing login.
      if (!(error instanceof StoreError)) throw error;
    }
  }
  existing.lines = draft.lines;
  deleteCart(store, guest.entityId);
  touch(store, existing, now);
  return existing;
}

/** `login` and `logout`. */
export function customerMutations(ctx: GraphQLContext) {
  const { store } = ctx;
  return {
    login: ({ email, password, guestCartEntityId }: { email: string; password: string; guestCartEntityId?: string | null }) => {
      const customer = store.customerByEmail(email);
      if (!customer || customer.password !== password) {
        throw new StoreError('INVALID_CREDENTIALS', 'Invalid credentials');
      }
      const token = store.issueCustomerAccessToken(customer.entityId);
      // The rest of this request runs as the customer (e.g. the merged cart is theirs to read).
      ctx.customer = customer;
      const cart = mergeGuestCart(ctx, customer.entityId, guestCartEntityId);
      return { result: 'success', customer: customerView(customer, store), customerAccessToken: token, cart: cart ? cartView(ctx, cart) : null };
    },
    logout: ({ cartEntityId }: { cartEntityId?: string | null }) => {
      const customer = ctx.customer;
      if (customer) store.revokeCustomerAccessTokens(customer.entityId);
      if (!cartEntityId) return { result: 'success', cartUnassignResult: { cart: null, errors: [] } };
      const cart = store.carts.get(cartEntityId);
      if (!cart || (cart.customerEntityId !== null && cart.customerEntityId !== customer?.entityId)) {
        return { result: 'success', cartUnassignResult: { cart: null, errors: [{ __typename: 'CartUnassignInaccessibleError', message: `Cart "${cartEntityId}" cannot be accessed by this shopper.` }] } };
      }
      // The cart stays with the device as a guest cart.
      cart.customerEntityId = null;
      // Back to guest prices: the device keeps the cart, not the customer's group discount.
      repriceCart(store, cart);
      touch(store, cart, ctx.deps.clock.now());
      ctx.customer = null;
      return { result: 'success', cartUnassignResult: { cart: cartView(ctx, cart), errors: [] } };
    },
  };
}
