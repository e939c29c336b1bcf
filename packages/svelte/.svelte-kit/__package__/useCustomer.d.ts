import type { CustomerResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
/** The signed-in customer's profile; `data` is `null` for a guest (and no request is made). */
export declare function useCustomer(): CreateQueryResult<CustomerResult | null>;
