import type { CartResult, CustomerResult, PlacedOrder, Product, ProductPageResult } from '@bc-headless/core/queries';
import { describe, expectTypeOf, it } from 'vitest';
import { useAddToCart, useCart, useCustomer, useLocale, usePlaceOrder, useProduct, useProducts } from '../src/index.js';

describe('hook types', () => {
  it('carry the core layer’s data types through TanStack', () => {
    expectTypeOf<ReturnType<typeof useProducts>['data']>().toEqualTypeOf<ProductPageResult | undefined>();
    expectTypeOf<ReturnType<typeof useProduct>['data']>().toEqualTypeOf<Product | null | undefined>();
    expectTypeOf<ReturnType<typeof useCart>['data']>().toEqualTypeOf<CartResult | null | undefined>();
    expectTypeOf<ReturnType<typeof useCustomer>['data']>().toEqualTypeOf<CustomerResult | null | undefined>();
    expectTypeOf<ReturnType<typeof usePlaceOrder>['mutateAsync']>().returns.resolves.toEqualTypeOf<PlacedOrder>();
    expectTypeOf<Parameters<ReturnType<typeof useAddToCart>['mutate']>[0]>().toHaveProperty('productEntityId').toEqualTypeOf<number>();
    expectTypeOf<ReturnType<typeof useLocale>>().toEqualTypeOf<[locale: string | null, setLocale: (locale: string | null) => void]>();
  });
});
