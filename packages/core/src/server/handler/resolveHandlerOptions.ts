import type { StorefrontHandlerOptions } from '../createStorefrontHandler.js';
import type { ResolvedHandlerOptions } from './HandlerContext.js';

/**
 * Validates the handler's options and fills in the defaults. INTERNAL: the storefront handler and
 * the server-rendering request context (`createStorefrontServer`) both read their cookie names,
 * locale and client from this one result, so the two cannot disagree.
 */
export function resolveHandlerOptions(options: StorefrontHandlerOptions, api: string): ResolvedHandlerOptions {
  if (!options?.client || typeof options.client.forRequest !== 'function') {
    throw new TypeError(`${api}: options.client must be the result of createServerClient(config).`);
  }
  const basePath = (options.basePath ?? '/api/storefront').replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[\w\-./~]*$/.test(basePath)) throw new TypeError(`${api}: basePath ${JSON.stringify(options.basePath)} must be a path like /api/storefront.`);
  const resolved: ResolvedHandlerOptions = {
    client: options.client,
    basePath,
    maxBodyBytes: options.maxBodyBytes ?? 100_000,
    browserSessionCookie: options.browserSessionCookie ?? 'bc_session',
    loginPagePath: options.loginPagePath ?? '/login',
    cartPagePath: options.cartPagePath ?? '/cart',
    checkoutRedirectTo: options.checkoutRedirectTo ?? '/checkout',
    allowedOrigins: options.allowedOrigins ?? [],
    storeOrigin: originOf(options.storeOrigin ?? options.client.config.endpoints.graphql, api),
    now: options.now ?? Date.now,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.getRemoteAddress ? { getRemoteAddress: options.getRemoteAddress } : {}),
    ...(options.onError ? { onError: safeReporter(options.onError) } : {}),
  };
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(resolved.browserSessionCookie)) {
    throw new TypeError(`${api}: browserSessionCookie ${JSON.stringify(resolved.browserSessionCookie)} is not a valid cookie name.`);
  }
  for (const field of ['loginPagePath', 'cartPagePath', 'checkoutRedirectTo'] as const) {
    if (!/^\/(?![/\\])/.test(resolved[field])) throw new TypeError(`${api}: ${field} must be a path starting with a single "/".`);
  }
  return resolved;
}

function originOf(value: string, api: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new TypeError(`${api}: ${JSON.stringify(value)} is not an absolute URL; set options.storeOrigin (e.g. https://store-abc123.mybigcommerce.com).`);
  }
}

// A logging callback that throws must not turn an answer into a 500, nor hide the original error.
function safeReporter(onError: NonNullable<StorefrontHandlerOptions['onError']>): NonNullable<StorefrontHandlerOptions['onError']> {
  return (error, details) => {
    try {
      onError(error, details);
    } catch {
      // ignored on purpose: see above
    }
  };
}
