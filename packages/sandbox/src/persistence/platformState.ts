import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { RefundBookSnapshot } from '../management/RefundBook.js';
import type { HostedSession } from '../pages/HostedSessions.js';
import type { LedgerCharge, LedgerRefund } from '../payments/ChargeLedger.js';
import type { SessionSyncLockoutSnapshot } from '../sessionSync/SessionSyncLockout.js';
import type { StoreSnapshot } from '../store/Store.js';
import type { CatalogEditsSnapshot } from '../management/CatalogEdits.js';
import type { WebhookBookSnapshot } from '../webhooks/WebhookBook.js';

/**
 * What a data dir keeps of a running sandbox besides its identity: the store (customers, carts,
 * checkouts, orders, tokens, stock), revoked GraphQL tokens, payments (the ledger), refunds, the session-sync lockout and
 * hosted sessions, webhooks and the Management API's catalog writes. Faults and the request log are a test's tools and start empty.
 */
export interface PlatformState {
  store: StoreSnapshot;
  ledger: Array<LedgerCharge | LedgerRefund>;
  refunds: RefundBookSnapshot;
  lockout: SessionSyncLockoutSnapshot;
  hostedSessions: Array<[string, HostedSession]>;
  /** Revoked GraphQL tokens; absent in files written before tokens could be revoked. */
  revokedTokens?: string[];
  /** Webhook subscriptions; absent in files written before webhooks. Scheduled retries are not kept. */
  webhooks?: WebhookBookSnapshot;
  /** The Management API's catalog writes (names, prices, visibility); absent in older files. */
  catalogEdits?: CatalogEditsSnapshot;
}

/** A copy of the platform's state, ready for JSON. */
export function capturePlatformState(platform: SandboxPlatform): PlatformState {
  return {
    store: platform.store.snapshot(),
    ledger: platform.ledger.snapshot(),
    refunds: platform.refunds.snapshot(),
    lockout: platform.lockout.snapshot(),
    hostedSessions: platform.hostedSessions.snapshot(),
    revokedTokens: [...platform.revokedTokens],
    webhooks: platform.hooks.snapshot(),
    catalogEdits: platform.catalogEdits.snapshot(),
  };
}

/** Puts a saved state back into a freshly made platform. */
export function restorePlatformState(platform: SandboxPlatform, state: PlatformState): void {
  platform.store.restore(state.store);
  platform.ledger.restore(state.ledger);
  platform.refunds.restore(state.refunds);
  platform.lockout.restore(state.lockout);
  platform.hostedSessions.restore(state.hostedSessions);
  platform.revokedTokens.clear();
  for (const key of state.revokedTokens ?? []) platform.revokedTokens.add(key);
  if (state.webhooks) platform.hooks.restore(state.webhooks);
  // After the store's restore, which rebuilt the catalog from the seed: the writes go back on top.
  if (state.catalogEdits) {
    platform.catalogEdits.restore(state.catalogEdits);
    platform.catalogEdits.applyTo(platform.store.catalog);
  }
}
