// Type assertions, checked by `vue-tsc` in `pnpm run typecheck` (the package's tsconfig includes tests/).
import type { CartResult, CheckoutResult, CustomerResult, PlacedOrder, Product, ProductPageResult } from '@bc-headless/core/queries';
import type { SessionState } from '@bc-headless/core';
import { describe, expectTypeOf, it } from 'vitest';
import { ref, type WritableComputedRef } from 'vue';
import { useAddToCart, useCart, useCheckout, useCustomer, useLocale, useLogin, usePlaceOrder, useProduct, useProducts, useSession } from '../src/index.js';

describe('composable types', () => {
  it('take plain values, refs and getters', () => {
    expectTypeOf(useProduct).toBeCallableWith(1);
    expectTypeOf(useProduct).toBeCallableWith(ref(1));
    expectTypeOf(useProduct).toBeCallableWith(() => 1);
    expectTypeOf(useProducts).toBeCallableWith({ categoryEntityId: 21 });
    expectTypeOf(useProducts).toBeCallableWith(ref({ searchTerm: 'mug' }));
    expectTypeOf(useProducts).toBeCallableWith(() => ({ after: undefined }));
    // @ts-expect-error an id is a number
    useProduct(ref('1'));
  });

  it('return the layer’s data types', () => {
    expectTypeOf(useProducts().data.value).toEqualTypeOf<ProductPageResult | undefined>();
    expectTypeOf(useProduct(1).data.value).toEqualTypeOf<Product | null | undefined>();
    expectTypeOf(useCart().data.value).toEqualTypeOf<CartResult | null | undefined>();
    expectTypeOf(useCustomer().data.value).toEqualTypeOf<CustomerResult | null | undefined>();
    expectTypeOf(useCheckout().checkout.data.value).toEqualTypeOf<CheckoutResult | null | undefined>();
    expectTypeOf(useSession().value).toEqualTypeOf<SessionState>();
    expectTypeOf(useLocale()).toEqualTypeOf<WritableComputedRef<string | null>>();
  });

  it('type mutation variables and results', () => {
    expectTypeOf(useAddToCart().mutate).toBeCallableWith({ productEntityId: 1, quantity: 2 });
    expectTypeOf(useLogin().mutateAsync).toBeCallableWith({ email: 'a@b.c', password: 'x' });
    expectTypeOf(usePlaceOrder().data.value).toEqualTypeOf<PlacedOrder | undefined>();
    // @ts-expect-error a login needs a password
    useLogin().mutate({ email: 'a@b.c' });
  });
});
