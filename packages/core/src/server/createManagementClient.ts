import { createClientCore } from '../createClientCore.js';
import { StorefrontConfigError } from '../errors/StorefrontConfigError.js';
import { StorefrontHttpError } from '../errors/StorefrontHttpError.js';
import { resolveConfig } from '../resolveConfig.js';
import { ManagementApiError } from './ManagementApiError.js';
import { ensureWebhooks, type EnsureWebhooksOptions, type EnsureWebhooksResult } from './webhooks/ensureWebhooks.js';

/** Options of `createManagementClient`. Server only: the access token can change the whole store. */
export interface ManagementClientConfig {
  storeHash: string;
  /** A store API account's access token, sent as `X-Auth-Token`. */
  accessToken: string;
  /** API origin (default `https://api.bigcommerce.com`; the sandbox's URL in tests). */
  endpoint?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** One item of a refund (docs/store-operations/orders/refunds.mdx, `RefundItem`). */
export type RefundItem =
  | { item_type: 'PRODUCT'; item_id: number; quantity: number; reason?: string }
  | { item_type: 'ORDER' | 'SHIPPING' | 'HANDLING' | 'TAX' | 'FEE' | 'GIFT_WRAPPING'; item_id: number; amount: number; reason?: string };

/** A refund BigCommerce created, with the correlation id shared by the quote and the refund. */
export interface RefundResult {
  correlationId: string;
  /** The quote's total refund amount. */
  totalRefundAmount: number;
  /** The refund record as BigCommerce returned it (`data` of the 201). */
  refund: Record<string, unknown>;
}

/** The Management API calls bc-headless makes. */
export interface ManagementClient {
  /** Refunds `items` of an order: one correlated operation, quote then refund with the quote's amounts. */
  refundOrder(orderId: number, items: RefundItem[], options?: { correlationId?: string; signal?: AbortSignal }): Promise<RefundResult>;
  /**
   * Makes sure the cache's webhooks exist, active, pointing at `destination` with your secret
   * header (`/v3/hooks`): creates the missing, updates the ones that differ, leaves the rest.
   */
  ensureWebhooks(options: EnsureWebhooksOptions): Promise<EnsureWebhooksResult>;
}

interface RefundMethod {
  provider_id: string;
  amount: number;
  offline?: boolean;
}

/** Creates a Management API client. Validates config now; no network until a call. */
export function createManagementClient(config: ManagementClientConfig): ManagementClient {
  const { storeHash, accessToken } = config ?? ({} as ManagementClientConfig);
  if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) {
    throw new StorefrontConfigError('createManagementClient: config.accessToken must be a store API access token (X-Auth-Token)', { field: 'config.accessToken' });
  }
  const endpoint = (config.endpoint ?? 'https://api.bigcommerce.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(endpoint)) {
    throw new StorefrontConfigError('createManagementClient: config.endpoint must be an origin like https://api.bigcommerce.com', { field: 'config.endpoint' });
  }
  // The core validates storeHash and timeouts; its GraphQL endpoint is never used by this client.
  const resolved = resolveConfig(
    { storeHash, endpoints: { graphql: `${endpoint}/unused` }, retry: false, ...(config.fetch ? { fetch: config.fetch } : {}), ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) },
    'createManagementClient',
  );
  const core = createClientCore(resolved);
  const base = `${endpoint}/stores/${resolved.storeHash}/v3`;
  const headers = { 'X-Auth-Token': accessToken };

  return {
    ensureWebhooks: (options) =>
      core.operation('ensure-webhooks', (op) =>
        ensureWebhooks(
          async (request) => {
            try {
              return await op.rest({ ...request, headers });
            } catch (error) {
              throw error instanceof StorefrontHttpError && !(error instanceof ManagementApiError) ? ManagementApiError.from(error, `ensureWebhooks ${request.method}`) : error;
            }
          },
          base,
          options,
        ),
      ),
    async refundOrder(orderId, items, options = {}) {
      if (!Number.isInteger(orderId) || orderId <= 0) throw new StorefrontConfigError('refundOrder: orderId must be a positive integer', { field: 'orderId' });
      if (!Array.isArray(items) || items.length === 0) throw new StorefrontConfigError('refundOrder: items must list at least one RefundItem', { field: 'items' });
      return core.operation(
        'refund-order',
        async (op) => {
          const call = async (path: string, body: unknown) => {
            try {
              return await op.rest({ url: `${base}/orders/${orderId}/payment_actions/${path}`, method: 'POST', headers, body, signal: options.signal });
            } catch (error) {
              throw error instanceof StorefrontHttpError && !(error instanceof ManagementApiError) ? ManagementApiError.from(error, `refundOrder ${path}`) : error;
            }
          };
          const quote = (await call('refund_quotes', { items })).json as { data?: { total_refund_amount?: number; refund_methods?: RefundMethod[][] } };
          const methods = quote.data?.refund_methods?.[0];
          if (!methods?.length) {
            throw new ManagementApiError('refundOrder: the refund quote offers no refund method; nothing was refunded', {
              correlationId: op.correlationId,
              status: 422,
              excerpt: '',
              body: quote,
              title: 'No refund method',
            });
          }
          // The refund must use the quote's amounts exactly, or BigCommerce answers 422.
          const payments = methods.map((m) => ({ provider_id: m.provider_id, amount: m.amount, offline: m.offline ?? false }));
          const refund = (await call('refunds', { items, payments })).json as { data?: Record<string, unknown> };
          return { correlationId: op.correlationId, totalRefundAmount: quote.data?.total_refund_amount ?? 0, refund: refund.data ?? {} };
        },
        options.correlationId ? { correlationId: options.correlationId } : {},
      );
    },
  };
}
