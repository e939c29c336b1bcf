import type { LogoutResult, ScopeBefore } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/** Signs out; the previous customer's cached data is dropped and the cart stays as a guest cart. */
export declare function useLogout(): CreateMutationResult<LogoutResult, Error, void, ScopeBefore>;
