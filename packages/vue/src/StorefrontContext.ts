import type { SessionStore, StorefrontClient } from '@bc-headless/core';
import type { StorefrontMutationOptions, StorefrontQueries } from '@bc-headless/core/queries';
import type { QueryClient, UseMutationReturnType } from '@tanstack/vue-query';
import type { InjectionKey } from 'vue';

/** What `app.use(storefront, …)` provides: the client, the shopper's session, the query layer and the QueryClient. */
export interface StorefrontContext {
  client: StorefrontClient;
  session: SessionStore;
  queries: StorefrontQueries;
  queryClient: QueryClient;
}

/** The injection key behind `useStorefront` (for `provide` in tests or a nested app). */
export const storefrontKey: InjectionKey<StorefrontContext> = Symbol('bc-headless');

/** The query layer's mutation factories by name (`addToCart`, `login`, `placeOrder`, …). */
export type StorefrontMutationName = { [K in keyof StorefrontQueries]: StorefrontQueries[K] extends () => StorefrontMutationOptions<any, any, any> ? K : never }[keyof StorefrontQueries];

/** What a mutation composable returns: vue-query's `useMutation` result for the layer's mutation `K`. */
export type StorefrontMutation<K extends StorefrontMutationName> =
  ReturnType<StorefrontQueries[K]> extends StorefrontMutationOptions<infer TData, infer TVariables, infer TOnMutateResult> ? UseMutationReturnType<TData, Error, TVariables, TOnMutateResult> : never;
