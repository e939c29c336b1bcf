import type { LoginResult, LoginVariables, ScopeBefore } from '@bc-headless/core/queries';
import type { CreateMutationResult } from '@tanstack/svelte-query';
/** Signs in (the guest cart is merged into the customer's); only the customer-scoped queries change. */
export declare function useLogin(): CreateMutationResult<LoginResult, Error, LoginVariables, ScopeBefore>;
