import type { CartResult, CategoryTreeItemResult, Product, ProductPageResult } from '@bc-headless/core/queries';
import { describe, expectTypeOf, it } from 'vitest';
import { useSuspenseCart, useSuspenseCategories, useSuspenseProduct, useSuspenseProducts } from '../src/index.js';

describe('Suspense hook types', () => {
  it('never have undefined data (the hook suspends until it is there)', () => {
    expectTypeOf<ReturnType<typeof useSuspenseProducts>['data']>().toEqualTypeOf<ProductPageResult>();
    expectTypeOf<ReturnType<typeof useSuspenseProduct>['data']>().toEqualTypeOf<Product | null>();
    expectTypeOf<ReturnType<typeof useSuspenseCategories>['data']>().toEqualTypeOf<CategoryTreeItemResult[]>();
    expectTypeOf<ReturnType<typeof useSuspenseCart>['data']>().toEqualTypeOf<CartResult | null>();
  });
  it('take the same arguments as their non-Suspense hooks', () => {
    expectTypeOf(useSuspenseProduct).parameters.toEqualTypeOf<[entityId: number]>();
    expectTypeOf(useSuspenseCategories).parameters.toEqualTypeOf<[]>();
    // @ts-expect-error a product id is a number
    useSuspenseProduct('12');
  });
});
