import { customerGroupFields } from '../../store/customerGroupFields.js';
import type { Store, StoreCustomer } from '../../store/Store.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { customerOrders } from '../resolvers/orderQueries.js';
import { customerAddressView } from './customerAddressView.js';
import { customerWishlists } from './wishlistView.js';

/** The `Customer` view (the store answers whether the customer's email reads the newsletter). */
export function customerView(customer: StoreCustomer, store: Pick<Store, 'newsletterSubscribers'>) {
  return {
    entityId: customer.entityId,
    email: customer.email,
    firstName: customer.firstName,
    lastName: customer.lastName,
    company: customer.company,
    phone: customer.phone,
    ...customerGroupFields(customer),
    isSubscribedToNewsletter: store.newsletterSubscribers.has(customer.email.toLowerCase()),
    addresses: (args: PageArgs) => paginate(customer.addresses, args, customerAddressView, 'Customer.addresses'),
  };
}

/** The `Customer` view with the fields that need the request: order history and wishlists. */
export function customerWithOrdersView(ctx: GraphQLContext, customer: StoreCustomer) {
  return {
    ...customerView(customer, ctx.store),
    orders: (args: Parameters<typeof customerOrders>[2]) => customerOrders(ctx, customer.entityId, args),
    wishlists: (args: Parameters<typeof customerWishlists>[2]) => customerWishlists(ctx, customer.entityId, args),
  };
}
