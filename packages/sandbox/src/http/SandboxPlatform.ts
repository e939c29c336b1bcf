import type { SandboxDeps } from '../SandboxDeps.js';
import type { Store } from '../store/Store.js';
import type { FaultInjector } from '../faults/FaultInjector.js';
import type { RequestLog } from '../inspector/RequestLog.js';
import type { ChargeLedger } from '../payments/ChargeLedger.js';
import type { RefundBook } from '../management/RefundBook.js';
import type { HostedSessions } from '../pages/HostedSessions.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import type { CatalogEdits } from '../management/CatalogEdits.js';
import type { WebhookBook } from '../webhooks/WebhookBook.js';
import type { WebhookDispatcher } from '../webhooks/WebhookDispatcher.js';

/** Tunables of the platform half (payments, refunds, log size). */
export interface SandboxPlatformOptions {
  /** Real milliseconds the slow test card waits, after charging, before answering. */
  slowPaymentDelayMs: number;
  /** Real milliseconds a refund stays "processing"; a second refund on the order meanwhile is refused. */
  refundProcessingMs: number;
}

/** The route handlers' dependencies: the shared contract plus the platform's own state. */
export interface SandboxPlatform extends SandboxDeps {
  store: Store;
  ledger: ChargeLedger;
  refunds: RefundBook;
  faults: FaultInjector;
  log: RequestLog;
  hostedSessions: HostedSessions;
  options: SandboxPlatformOptions;
  /** Webhook subscriptions (Management API `/v3/hooks`). */
  hooks: WebhookBook;
  /** Sends events to the hooks, with retries; its log is `GET /__sandbox/webhooks/deliveries`. */
  webhooks: WebhookDispatcher;
  /** The Management API's catalog writes, kept for the data dir and for `is_visible`. */
  catalogEdits: CatalogEdits;
  graphql: (req: SandboxRequest) => Promise<SandboxResponse>;
  /** Puts every piece of state back to its seeded start (`reset()`, `POST /__sandbox/reset`). */
  reset(): void;
  /**
   * Saves the state to the data dir if it changed (a no-op without one). Called after every
   * request, before its answer is sent, so that what a client was told is on disk. Never throws: a
   * failed write is logged, and the change is saved with the next write that succeeds.
   */
  persist(): void;
}
