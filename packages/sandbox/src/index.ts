export { createSandbox } from './createSandbox.js';
export type { CreateSandboxOptions, Sandbox, SandboxCustomerLogin } from './createSandbox.js';
export type { SandboxClock } from './clock.js';
export { SandboxDataError } from './persistence/SandboxDataFile.js';
export type { SandboxConfig } from './SandboxDeps.js';
export type { SandboxLogger } from './http/createRequestListener.js';
export type { RequestLogEntry } from './inspector/RequestLog.js';
export type { SandboxLatency } from './http/SandboxLatency.js';
export type { Webhook } from './webhooks/WebhookBook.js';
export type { WebhookPayload } from './webhooks/webhookPayload.js';
export { WEBHOOK_RETRY_SCHEDULE_SECONDS, type WebhookDelivery } from './webhooks/WebhookDispatcher.js';
export type { FaultMatch, FaultSpec } from './faults/FaultInjector.js';
export type { LedgerCharge, LedgerRefund } from './payments/ChargeLedger.js';
export { TEST_CARDS, type TestCardBehaviour } from './payments/testCards.js';
export type {
  SandboxSeed,
  LocalizedText,
  SeedCategory,
  SeedProduct,
  SeedOption,
  SeedOptionValue,
  SeedVariant,
  SeedCustomer,
  SeedCustomerGroup,
  SeedDiscountRule,
  SeedCoupon,
  SeedShippingOption,
  SeedCustomerAddress,
  SeedOrder,
  SeedWishlist,
  SeedGiftCertificate,
  SeedModifier,
} from './catalog/SandboxSeed.js';
export type { SeedBackorder, SeedBlog, SeedBlogPost, SeedBrand, SeedCurrency, SeedLocation, SeedProductDetails, SeedRedirect, SeedReview, SeedScript, SeedSeo, SeedStoreSettings, SeedWebPage } from './catalog/SeedStorefrontContent.js';
export { defaultSeed } from './catalog/defaultSeed.js';
