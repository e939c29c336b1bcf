import type { LoginResult, LoginVariables, ScopeBefore } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
import { storefrontMutation } from './storefrontQuery.js';

/** Signs in (the guest cart is merged into the customer's); only the customer-scoped queries change. */
export function useLogin(): CreateMutationResult<LoginResult, Error, LoginVariables, ScopeBefore> {
  return storefrontMutation('useLogin', (queries) => queries.login());
}
