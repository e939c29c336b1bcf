import type { SessionState } from '@bc-headless/core';
import type { StorefrontQueries } from '@bc-headless/core/queries';
import { type CreateMutationOptions, type CreateMutationResult, type CreateQueryOptions, type CreateQueryResult } from '@tanstack/svelte-query';
/**
 * A svelte-query query over one of the core's factories. The factory runs inside svelte-query's
 * options function with `sessionState.current`, so a change of locale, customer or cart (or of
 * anything reactive the caller's function reads) re-keys it. INTERNAL.
 */
export declare function storefrontQuery<TData>(api: string, options: (queries: StorefrontQueries, state: SessionState) => CreateQueryOptions<TData, Error, TData, readonly unknown[]>): CreateQueryResult<TData>;
/** A svelte-query mutation over one of the core's mutations, built once per component. INTERNAL. */
export declare function storefrontMutation<TData, TVariables, TContext>(api: string, options: (queries: StorefrontQueries) => CreateMutationOptions<TData, Error, TVariables, TContext>): CreateMutationResult<TData, Error, TVariables, TContext>;
