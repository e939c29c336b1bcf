import type { QueryClient, QueryFunctionContext } from '@tanstack/query-core';
import type { SessionState } from '../createSessionStore.js';
import { normalise, productsVariables, readCatalog, type catalogQueries } from './catalogQueries.js';
import { settleShopper, type shopperQueries } from './shopperQueries.js';
import { VIEW, type ViewResult } from './documents/catalogDocuments.js';
import type { QueryLayerContext } from './QueryLayerContext.js';
import type { ProductPageParams } from './storefrontKeys.js';
import type { StorefrontQueryOptions } from './StorefrontQueryOptions.js';

/** What a view shows, for `prefetchView`: each part is the data of one catalog query. */
export interface ViewParts {
  /** `q.settings()`: store name, locales, currency (a header, a language switcher). */
  settings?: boolean;
  /** `q.categories(state)`: the category tree (a menu). */
  categories?: boolean;
  /** `q.products(params, state)`: one page of a product grid, with the very params the page passes. */
  products?: ProductPageParams;
  /**
   * `q.product(entityId, state)`: a product page's product, in the same request. Not meant beside
   * `products`: both in one request could pass BigCommerce's complexity limit (BENCHMARKS.md).
   */
  product?: number;
  /** `q.customer(state)`: the signed-in customer (a header's greeting); nothing is asked for a guest. */
  customer?: boolean;
  /**
   * `q.cart(state)`: the session's cart (a header's cart link); nothing is asked without one. In
   * the same request only while the view's locale is the client's own: the cart's own request
   * carries no locale, and its line names could differ in another language. Otherwise it is
   * prefetched as its own request beside the others.
   */
  cart?: boolean;
}

/** The `QueryClient` methods `prefetchView` uses; every binding's `QueryClient` is query-core's. */
export type ViewQueryClient = Pick<QueryClient, 'prefetchQuery' | 'getQueryCache' | 'cancelQueries'>;

interface Part {
  options: StorefrontQueryOptions<unknown>;
  read(data: ViewResult): unknown;
}

/** `q.prefetchView`. INTERNAL (see `storefrontQueries`). */
export function prefetchView(ctx: QueryLayerContext, catalog: ReturnType<typeof catalogQueries>, shopper: ReturnType<typeof shopperQueries>) {
  return (queryClient: ViewQueryClient, view: ViewParts, state?: SessionState): Promise<void> => {
    // One snapshot for every part: the keys (customer scope, locale) and the request agree.
    const snapshot = ctx.state(state);
    const { locale } = ctx.locale(snapshot);
    const page = view.products && normalise(view.products, ctx, 'prefetchView');
    const scope = ctx.scope(snapshot);
    const { cartId } = snapshot;
    // The cart shares the request only when the view asks in the locale the cart's own request uses.
    const cartInView = locale === (ctx.client.config.locale ?? null);
    // The same factories the hooks call, so the keys are theirs; a part already fresh or on its way is left alone.
    const candidates: Record<'settings' | 'categories' | 'products' | 'product' | 'customer' | 'cart', Part | false | undefined> = {
      settings: view.settings && { options: catalog.settings(), read: ({ site }) => readCatalog.settings(site as never) },
      categories: view.categories && { options: catalog.categories(snapshot), read: ({ site }) => readCatalog.categories(site as never) },
      products: !!page && { options: catalog.products(page, snapshot), read: ({ site }) => readCatalog.products(site as never) },
      product: view.product !== undefined && { options: catalog.product(view.product, snapshot), read: ({ site }) => readCatalog.product(site as never) },
      customer: !!view.customer && scope !== 'guest' && { options: shopper.customer(snapshot), read: (data) => settleShopper.customer(ctx, scope, data.customer) },
      cart: !!view.cart && !!cartId && cartInView && { options: shopper.cart(snapshot), read: ({ site }) => settleShopper.cart(ctx, cartId, site.cart) },
    };
    // The cart in another locale goes as its own request, beside the view's (see ViewParts).
    const apart = !!view.cart && !!cartId && !cartInView && shopper.cart(snapshot);
    const queryOf = ({ queryKey }: StorefrontQueryOptions<unknown>) => queryClient.getQueryCache().find({ queryKey, exact: true });
    const due = (part: Part | false | undefined): part is Part => {
      if (!part) return false;
      const query = queryOf(part.options);
      return !query || (query.state.fetchStatus === 'idle' && query.isStaleByTime(part.options.staleTime));
    };
    const parts = Object.values(candidates).filter(due);
    const variables = {
      withSettings: parts.includes(candidates.settings as Part),
      withCategories: parts.includes(candidates.categories as Part),
      withProducts: parts.includes(candidates.products as Part),
      withProduct: parts.includes(candidates.product as Part),
      withCustomer: parts.includes(candidates.customer as Part),
      withCart: parts.includes(candidates.cart as Part),
      productEntityId: view.product ?? null,
      cartEntityId: cartId,
      ...(page ? productsVariables(page, ctx.imageWidth, locale) : { filters: {}, imageWidth: ctx.imageWidth, locale }),
    };

    // Sent when the first part's fetch starts (not before: an offline QueryClient pauses fetches).
    let answer: Promise<ViewResult> | undefined;
    const data = () => (answer ??= ctx.client.request(VIEW, variables, locale ? { locale } : {}));

    const pending = parts.map(({ options, read }) =>
      queryClient.prefetchQuery({
        ...options,
        queryFn: async (context: QueryFunctionContext) => {
          try {
            return read(await data());
          } catch (error) {
            // Any failure, a GraphQL error with partial data included (the client rejects those
            // as it always does), writes nothing. A hook already waiting on this entry gets what
            // its own request gets, exactly as without `prefetchView`.
            if (queryOf(options)?.getObserversCount()) return options.queryFn(context as never);
            // Nobody waits: back to the state before (no error kept), so the next reader fetches it itself.
            void queryClient.cancelQueries({ queryKey: options.queryKey, exact: true });
            throw error;
          }
        },
      } as never),
    );
    if (apart) pending.push(queryClient.prefetchQuery(apart as never));
    return Promise.all(pending).then(() => undefined);
  };
}
