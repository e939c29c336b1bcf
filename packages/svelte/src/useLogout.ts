import type { LogoutResult, ScopeBefore } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
import { storefrontMutation } from './storefrontQuery.js';

/** Signs out; the previous customer's cached data is dropped and the cart stays as a guest cart. */
export function useLogout(): CreateMutationResult<LogoutResult, Error, void, ScopeBefore> {
  return storefrontMutation('useLogout', (queries) => queries.logout());
}
