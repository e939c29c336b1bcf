import type { SandboxOrder } from '../../store/SandboxStore.js';
import { apiError } from '../apiError.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { ORDER_STATUS_VALUES, orderView } from '../views/orderView.js';

/** `OrdersFiltersInput`. */
interface OrdersFilters {
  status?: string | null;
  dateRange?: { from: string; to?: string | null } | null;
}

function time(value: string, name: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw apiError(`Invalid ${name} "${value.slice(0, 40)}" for Customer.orders: send an ISO 8601 date-time.`, 'BAD_USER_INPUT');
  return ms;
}

/**
 * The customer's order history, newest first: placed orders only (an order still `Incomplete`, not
 * yet paid, is not in the history), filtered by status and placing time.
 */
export function customerOrders(ctx: GraphQLContext, customerEntityId: number, args: PageArgs & { filters?: OrdersFilters | null }) {
  const { status, dateRange } = args.filters ?? {};
  const from = dateRange ? time(dateRange.from, 'dateRange.from') : -Infinity;
  const to = dateRange?.to ? time(dateRange.to, 'dateRange.to') : Infinity;
  const list = [...ctx.store.orders.values()]
    .filter((o) => o.customerEntityId === customerEntityId && o.status !== 'Incomplete')
    .filter((o) => !status || ORDER_STATUS_VALUES[o.status] === status)
    .filter((o) => o.createdAt >= from && o.createdAt <= to)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  return paginate(list, args, (o: SandboxOrder) => orderView(ctx, o), 'Customer.orders');
}

/**
 * `Site.order(filter:)`: one placed order of the signed-in customer; a guest's order needs its
 * cart id too (what a guest's browser knows). Anyone else's order answers null, as a missing one.
 */
export function siteOrder(ctx: GraphQLContext, filter: { entityId: number; cartEntityId?: string | null } | null | undefined) {
  if (!filter) return null;
  const order = ctx.store.orders.get(filter.entityId);
  if (!order || order.status === 'Incomplete') return null;
  if (filter.cartEntityId != null && filter.cartEntityId !== order.cartEntityId) return null;
  const mine = ctx.customer ? order.customerEntityId === ctx.customer.entityId : order.customerEntityId === null && filter.cartEntityId != null;
  return mine ? orderView(ctx, order) : null;
}
