import type { SessionState } from '@bc-headless/core';
import type { CartResult, CheckoutResult, LoginVariables, PlacedOrder, Product, ProductPageParams, ProductPageResult } from '@bc-headless/core/queries';
import type { CreateMutationResult, CreateQueryResult } from '@tanstack/svelte-query';
import type { Readable } from 'svelte/store';
import { describe, expectTypeOf, it } from 'vitest';
import { useAddToCart, useCart, useCheckout, useLocale, useLogin, usePlaceOrder, useProduct, useProducts, useSession } from '../src/index.js';

describe('public types', () => {
  it('takes arguments as functions and returns svelte-query results typed by the core', () => {
    expectTypeOf(useProducts).parameter(0).toEqualTypeOf<(() => ProductPageParams) | undefined>();
    expectTypeOf(useProducts()).toEqualTypeOf<CreateQueryResult<ProductPageResult>>();
    expectTypeOf(useProduct(() => 1)).toEqualTypeOf<CreateQueryResult<Product | null>>();
    // @ts-expect-error an id, not a function of one: it would not follow changes
    useProduct(1);
    expectTypeOf(useCart().data).toEqualTypeOf<CartResult | null | undefined>();
    expectTypeOf(useCheckout().checkout.data).toEqualTypeOf<CheckoutResult | null | undefined>();
    expectTypeOf(useAddToCart().mutate).parameter(0).toMatchTypeOf<{ productEntityId: number; quantity?: number }>();
    expectTypeOf(useLogin()).toMatchTypeOf<CreateMutationResult<unknown, Error, LoginVariables, unknown>>();
    expectTypeOf(usePlaceOrder().data).toEqualTypeOf<PlacedOrder | undefined>();
  });

  it('offers the session and the locale as stores with a `current` getter', () => {
    expectTypeOf(useSession()).toMatchTypeOf<Readable<SessionState>>();
    expectTypeOf(useSession().current).toEqualTypeOf<SessionState>();
    expectTypeOf(useLocale().current).toEqualTypeOf<string | null>();
    expectTypeOf(useLocale().set).parameter(0).toEqualTypeOf<string | null>();
  });
});
