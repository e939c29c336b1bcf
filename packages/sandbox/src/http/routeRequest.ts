import { checkoutPage } from '../pages/checkoutPage.js';
import { sessionSyncPage } from '../pages/sessionSyncPage.js';
import { productImage } from '../images/productImage.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { isCorsPath, preflightResponse } from './cors.js';
import { bcError } from './responses.js';
import { sandboxAdminRoute } from './sandboxAdminRoutes.js';
import type { SandboxPlatform } from './SandboxPlatform.js';

const IMAGE_PATH = /^\/images\/stencil\/([^/]+)\/products\/([^/]+)\/([^/]+)\/[^/]+\.svg$/;

/** Handlers bound to one sandbox. */
export interface SandboxRoutes {
  payments: (req: SandboxRequest) => Promise<SandboxResponse>;
  /** The Management API; `path` is the part after `/stores/{hash}`, e.g. `/v3/payments/access_tokens`. */
  management: (req: SandboxRequest, path: string) => Promise<SandboxResponse>;
}

/**
 * Dispatches a request to its handler. One origin serves what BigCommerce spreads over several
 * hosts: `/graphql` (storefront), `/stores/{hash}/payments` (payments.bigcommerce.com),
 * `/stores/{hash}/v2|v3/…` (api.bigcommerce.com), and the hosted pages.
 */
export async function routeRequest(platform: SandboxPlatform, routes: SandboxRoutes, req: SandboxRequest): Promise<SandboxResponse> {
  const path = req.url.pathname;
  if (req.method === 'OPTIONS' && isCorsPath(path)) return preflightResponse(req);
  if (path === '/graphql') return platform.graphql(req);
  if (path === '/__sandbox' || path.startsWith('/__sandbox/')) return sandboxAdminRoute(platform, req);

  const store = /^\/stores\/([^/]+)\/(.*)$/.exec(path);
  if (store) {
    if (store[1] !== platform.config.storeHash) return bcError(404, 'Store not found', { detail: `This sandbox serves store ${platform.config.storeHash}, not ${store[1]}.` });
    const rest = store[2]!.split('/').filter(Boolean);
    if (rest.length === 1 && rest[0] === 'payments') return routes.payments(req);
    // Empty segments are dropped (`/v3//orders/`), as before: the Management API's router sees a clean path.
    if (rest[0] === 'v2' || rest[0] === 'v3') return routes.management(req, `/${rest.join('/')}`);
  }

  // GET only: a HEAD (a link preview) must not use up a single-use session-sync JWT.
  if (req.method === 'GET' && path === '/session-sync') return sessionSyncPage(platform, req);
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (path === '/checkout') return checkoutPage(platform, req);
    const image = IMAGE_PATH.exec(path);
    if (image) {
      const product = /^\d{1,9}$/.test(image[2]!) ? platform.store.catalog.productById(Number(image[2])) : undefined;
      const response = productImage({ size: image[1]!, productId: image[2]!, imageId: image[3]! }, product ? { name: product.name.en, color: product.color } : null);
      if (response) return response;
    }
  }
  return bcError(404, 'Not Found', { detail: `The sandbox serves no ${req.method} ${path}.` });
}
