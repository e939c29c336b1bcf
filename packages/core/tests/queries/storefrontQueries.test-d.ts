import { InfiniteQueryObserver, MutationObserver, QueryClient, QueryObserver, type InfiniteData } from '@tanstack/query-core';
import { describe, expectTypeOf, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { createStorefrontClient } from '../../src/createStorefrontClient.js';
import { createServerClient } from '../../src/server/createServerClient.js';
import {
  PRODUCTS,
  storefrontQueries,
  type CartResult,
  type CustomerResult,
  type PlacedOrder,
  type Product,
  type ProductPageResult,
  type ProductsResult,
} from '../../src/queries/index.js';

const client = createStorefrontClient({ storeHash: 'abc', endpoints: { graphql: '/api/storefront/graphql' } });
const session = createSessionStore();
const queries = storefrontQueries(client, { session });
const queryClient = new QueryClient();

describe('query layer types', () => {
  it('prefetchView takes a QueryClient and the view’s parts, and resolves with nothing', () => {
    expectTypeOf(queries.prefetchView(queryClient, { settings: true, categories: true, products: { categoryEntityId: 21 } })).toEqualTypeOf<Promise<void>>();
    queries.prefetchView(queryClient, { product: 7 }, session.getSnapshot());
    // @ts-expect-error products takes the product list's params
    queries.prefetchView(queryClient, { products: { category: 21 } });
  });

  it('types the documents for client.request', () => {
    expectTypeOf(client.request(PRODUCTS, { filters: {}, first: 12, imageWidth: 500 })).resolves.toEqualTypeOf<ProductsResult>();
    // @ts-expect-error imageWidth is required
    client.request(PRODUCTS, { filters: {} });
  });

  it('tags query keys with their data type', () => {
    expectTypeOf(queryClient.getQueryData(queries.cart().queryKey)).toEqualTypeOf<CartResult | null | undefined>();
    expectTypeOf(queryClient.fetchQuery(queries.product(1))).resolves.toEqualTypeOf<Product | null>();
    expectTypeOf(queryClient.fetchQuery(queries.products({ categoryEntityId: 21 }))).resolves.toEqualTypeOf<ProductPageResult>();
    expectTypeOf(queryClient.getQueryData(queries.productPages().queryKey)).toEqualTypeOf<InfiniteData<ProductPageResult, string | null> | undefined>();
    expectTypeOf(queryClient.fetchQuery(queries.customer(session.getSnapshot()))).resolves.toEqualTypeOf<CustomerResult | null>();
  });

  it('takes the server handler’s request-scoped client, for prefetching on a server', () => {
    const scoped = createServerClient({ storeHash: 'abc', storefrontToken: 't' }).forRequest(new Request('http://shop.test/'), { remoteAddress: '127.0.0.1' });
    expectTypeOf(storefrontQueries(scoped, { session }).products().queryKey).toEqualTypeOf(queries.products().queryKey);
  });

  it('hands options to query-core observers as they are', () => {
    expectTypeOf(new QueryObserver(queryClient, queries.cart()).getCurrentResult().data).toEqualTypeOf<CartResult | null | undefined>();
    expectTypeOf(new InfiniteQueryObserver(queryClient, queries.productPages({ searchTerm: 'x' })).getCurrentResult().data?.pages).toEqualTypeOf<ProductPageResult[] | undefined>();
    expectTypeOf(new MutationObserver(queryClient, queries.placeOrder()).mutate).parameter(0).toEqualTypeOf<{ instrument: { type: string; [field: string]: unknown }; paymentMethodId?: string }>();
    expectTypeOf(new MutationObserver(queryClient, queries.placeOrder()).mutate({ instrument: { type: 'card' } })).resolves.toEqualTypeOf<PlacedOrder>();
    new MutationObserver(queryClient, queries.addToCart()).mutate({ productEntityId: 1, variantEntityId: 2 });
    // @ts-expect-error productEntityId is required
    new MutationObserver(queryClient, queries.addToCart()).mutate({ variantEntityId: 2 });
    new MutationObserver(queryClient, queries.logout()).mutate();
  });
});

describe('placeOrder errors', () => {
  it('carry the order id in their types, so an app can name the order without a cast', async () => {
    const { PaymentDeclinedError } = await import('../../src/errors/PaymentDeclinedError.js');
    const { PaymentOutcomeUnknownError } = await import('../../src/errors/PaymentOutcomeUnknownError.js');
    expectTypeOf<InstanceType<typeof PaymentOutcomeUnknownError>['orderId']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<InstanceType<typeof PaymentDeclinedError>['orderId']>().toEqualTypeOf<number | null | undefined>();
  });
});
