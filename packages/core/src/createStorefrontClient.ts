import { createClientCore, type Operation, type OperationOptions, type RequestFn } from './createClientCore.js';
import { resolveConfig, type ResolvedConfig, type StorefrontClientConfig } from './resolveConfig.js';

/** The browser-safe BigCommerce client. */
export interface StorefrontClient {
  /** The validated config, defaults filled in. */
  readonly config: ResolvedConfig;
  /** Sends one GraphQL document and resolves with its `data`; queries are retried, mutations never. */
  request: RequestFn;
  /** Runs `fn` as one business operation: one `X-Correlation-Id` for every request inside. */
  operation<T>(name: string, fn: (op: Operation) => Promise<T> | T, options?: OperationOptions): Promise<T>;
}

/**
 * Creates a client for BigCommerce's GraphQL Storefront API and Payments API. Validates `config`
 * now (throwing `StorefrontConfigError`) and does nothing else until the first request.
 */
export function createStorefrontClient(config: StorefrontClientConfig): StorefrontClient {
  return createClientCore(resolveConfig(config));
}
