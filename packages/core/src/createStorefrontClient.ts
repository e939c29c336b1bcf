import { createClientCore, type Operation, type OperationOptions, type RequestFn } from './createClientCore.js';
import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import { readTokenClaims } from './readTokenClaims.js';
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
 * now (throwing `StorefrontConfigError`), refusing a private or customer impersonation token: this
 * code runs in browsers, and such a token must never reach a bundle. Does nothing else until the
 * first request.
 */
export function createStorefrontClient(config: StorefrontClientConfig): StorefrontClient {
  const resolved = resolveConfig(config);
  const { scopes, token_type } = readTokenClaims(resolved.storefrontToken ?? '');
  // Storefront tokens are type 1; private (3, with `scopes`) and impersonation (2) are server-only.
  if (scopes || token_type! > 1)
    throw new StorefrontConfigError(
      'createStorefrontClient: config.storefrontToken is a private or impersonation token, never for a browser: keep it on your server and give the browser a storefront token',
      { field: 'config.storefrontToken' },
    );
  return createClientCore(resolved);
}
