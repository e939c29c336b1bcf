import type { DataTag, GetNextPageParamFunction, InfiniteData, MutationFunction, MutationOptions, QueryFunction, QueryKey } from '@tanstack/query-core';

/**
 * Options for one query, shaped for every official binding (`useQuery`, vue-query's `useQuery`,
 * svelte-query's `createQuery(() => …)`, `queryClient.fetchQuery`). The key is tagged with the
 * data type, so `queryClient.getQueryData(options.queryKey)` is typed too.
 */
export interface StorefrontQueryOptions<TData, TKey extends QueryKey = QueryKey> {
  queryKey: DataTag<TKey, TData>;
  queryFn: QueryFunction<TData, TKey>;
  staleTime: number;
  /**
   * `false`: the client's transport already retries idempotent reads (backoff, jitter,
   * `Retry-After`); TanStack's retries on top would multiply the attempts against a struggling
   * store (3 × 3 requests). Override it per query if you want both.
   */
  retry: false;
}

/** Options for one infinite query (`useInfiniteQuery`), paging forward by cursor. */
export interface StorefrontInfiniteQueryOptions<TPage, TKey extends QueryKey = QueryKey, TPageParam = string | null> {
  queryKey: DataTag<TKey, InfiniteData<TPage, TPageParam>>;
  queryFn: QueryFunction<TPage, TKey, TPageParam>;
  initialPageParam: TPageParam;
  getNextPageParam: GetNextPageParamFunction<TPageParam, TPage>;
  staleTime: number;
  /** `false`, as for `StorefrontQueryOptions`: the transport retries. */
  retry: false;
}

/**
 * A mutation for `useMutation`. Its `onSuccess` applies the cache effect through the
 * `QueryClient` TanStack passes in (`context.client`), so a binding needs no glue. Keep its
 * `onMutate`/`onSuccess`; add your own per call (`mutate(variables, { onSuccess })`): they run after.
 */
export interface StorefrontMutationOptions<TData, TVariables, TOnMutateResult = unknown> extends MutationOptions<TData, Error, TVariables, TOnMutateResult> {
  mutationKey: QueryKey;
  mutationFn: MutationFunction<TData, TVariables>;
}
