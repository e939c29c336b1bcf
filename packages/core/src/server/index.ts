/**
 * `@bc-headless/core/server`: what a storefront's own server does between the shopper's browser
 * and BigCommerce. Never imported by the browser entry.
 */
export { resolveClientIp, resolveClientAddress, type ResolveClientIpOptions, type ForwardingHeader } from './resolveClientIp.js';
export { createTrustedProxies, type TrustedProxies, type TrustedProxiesOption } from './ip/trustedProxies.js';
export type { IpAddress } from './ip/parseIp.js';
export { readHeader, type HeaderReader, type HeaderSource, type RequestLike } from './readHeader.js';
export { safeRedirectPath } from '../safeRedirectPath.js';
export { serializeJsonForScript } from '../serializeJsonForScript.js';
export { dehydratedStateScript, dehydratedStateJson, type DehydratedStateScriptOptions } from './dehydratedStateScript.js';
export { readDehydratedState, DEHYDRATED_STATE_ID, type DehydratedStateDocument } from '../queries/readDehydratedState.js';
export { isCustomerAccessTokenValue, customerAccessTokenExpiry, type CustomerAccessTokenValue } from './customerAccessToken.js';
export {
  SESSION_COOKIE_BASE_NAME,
  clearSessionCookie,
  isLocalhostRequest,
  parseSessionCookie,
  readSessionCookie,
  serializeSessionCookie,
  sessionCookieName,
  sessionCookieOptionsFor,
  type SessionCookieOptions,
} from './sessionCookie.js';
export { createBoundedExpiryMap, type BoundedExpiryMap, type BoundedExpiryMapOptions } from './createBoundedExpiryMap.js';
export {
  FORWARDED_REQUEST_HEADERS,
  PASSED_BACK_RESPONSE_HEADERS,
  PASSED_BACK_RESPONSE_HEADER_PREFIXES,
  forwardableRequestHeaders,
  passedBackResponseHeaders,
} from './headerPolicy.js';
export {
  createServerClient,
  type ServerClient,
  type ServerClientConfig,
  type RequestScopedClient,
  type ForRequestOptions,
  type GraphQLRequestBody,
} from './createServerClient.js';
export {
  createStorefrontHandler,
  type StorefrontHandler,
  type StorefrontHandlerContext,
  type StorefrontHandlerOptions,
} from './createStorefrontHandler.js';
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike, type ToNodeHandlerOptions } from './toNodeHandler.js';
export { createManagementClient, type ManagementClient, type ManagementClientConfig, type RefundItem, type RefundResult } from './createManagementClient.js';
export { ManagementApiError } from './ManagementApiError.js';
export type { ServerStore, StoreSetOptions } from './cache/ServerStore.js';
export { createMemoryStore, type MemoryStoreOptions } from './cache/createMemoryStore.js';
export { createRedisStore, type RedisStoreOptions } from './cache/createRedisStore.js';
export { guardStore, StoreUnavailableError, type GuardStoreOptions } from './cache/guardStore.js';
export { createServerCache, type ServerCache, type ServerCacheOptions, type CacheAnswer, type CacheLoad, type CacheStatus } from './cache/createServerCache.js';
export { CacheShort, CacheLong, cacheCustom, type CacheStrategy } from './cache/cacheStrategy.js';
export { catalogOnlyQuery, CATALOG_SITE_FIELDS } from './cache/catalogOnlyQuery.js';
export { cacheKey, type CacheKeyParts } from './cache/cacheKey.js';
export { entityTags, CATALOG_TAG } from './cache/entityTags.js';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhooks/createWebhookHandler.js';
export { webhookPurgeTags, type WebhookPayload } from './webhooks/webhookPurgeTags.js';
export { CACHE_WEBHOOK_SCOPES, type Webhook, type EnsureWebhooksOptions, type EnsureWebhooksResult } from './webhooks/ensureWebhooks.js';
export {
  createStorefrontServer,
  type StorefrontServer,
  type StorefrontServerOptions,
  type StorefrontRequestContext,
  type RequestContextOptions,
} from './createStorefrontServer.js';
export { negotiateLocale, type NegotiateLocaleOptions } from './negotiateLocale.js';
