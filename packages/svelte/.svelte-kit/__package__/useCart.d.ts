import type { CartResult } from '@bc-headless/core/queries';
import type { CreateQueryResult } from '@tanstack/svelte-query';
/** The shopper's cart; `data` is `null` when there is none (and no request is made). */
export declare function useCart(): CreateQueryResult<CartResult | null>;
