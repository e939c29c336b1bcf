/**
 * `@bc-headless/core`: the browser-safe BigCommerce client. Nothing here imports the server
 * entry, reads `process.env` or touches `window` at import time.
 */
export { createStorefrontClient, type StorefrontClient } from './createStorefrontClient.js';
export type { StorefrontClientConfig, ResolvedConfig, RetryOptions, StorefrontLogger } from './resolveConfig.js';
export type { Operation, OperationOptions, RequestOptions, RequestArgs, RequestFn } from './createClientCore.js';
export type { CreatePaymentInput, Payment, PaymentOptions } from './createPayment.js';
export type { TypedDocument, DocumentTypeDecoration, DocumentNodeLike, ResultOf, VariablesOf } from './TypedDocument.js';
export { buildRequestHeaders, type RequestHeaderContext, type HeadersInput } from './buildRequestHeaders.js';
export { createUuid, isUuid } from './createUuid.js';
export { createSessionStore, type SessionStore, type SessionState, type CustomerProfile } from './createSessionStore.js';
export { createMemoryStorage, type SessionStorageAdapter } from './createMemoryStorage.js';
export { createLocalStorage } from './createLocalStorage.js';
export { createCookieStorage, type CookieStorageOptions } from './createCookieStorage.js';
export { StorefrontError } from './errors/StorefrontError.js';
export { StorefrontConfigError } from './errors/StorefrontConfigError.js';
export { HeaderValidationError } from './errors/HeaderValidationError.js';
export { StorefrontHttpError } from './errors/StorefrontHttpError.js';
export { RateLimitError } from './errors/RateLimitError.js';
export { StorefrontGraphQLError, type GraphQLErrorEntry } from './errors/StorefrontGraphQLError.js';
export { CustomerAccessTokenError } from './errors/CustomerAccessTokenError.js';
export { InsufficientScopeError } from './errors/InsufficientScopeError.js';
export { TimeoutError } from './errors/TimeoutError.js';
export { AbortError } from './errors/AbortError.js';
export { NetworkError } from './errors/NetworkError.js';
export { PaymentDeclinedError } from './errors/PaymentDeclinedError.js';
export { PaymentOutcomeUnknownError } from './errors/PaymentOutcomeUnknownError.js';
