import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { RefundBookSnapshot } from '../management/RefundBook.js';
import type { HostedSession } from '../pages/HostedSessions.js';
import type { LedgerCharge, LedgerRefund } from '../payments/ChargeLedger.js';
import type { SessionSyncLockoutSnapshot } from '../sessionSync/SessionSyncLockout.js';
import type { StoreSnapshot } from '../store/Store.js';

/**
 * What a data dir keeps of a running sandbox besides its identity: the store (customers, carts,
 * checkouts, orders, tokens, stock), revoked GraphQL tokens, payments (the ledger), refunds, the session-sync lockout and
 * hosted sessions. Faults and the request log are a test's tools and start empty.
 */
export interface PlatformState {
  store: StoreSnapshot;
  ledger: Array<LedgerCharge | LedgerRefund>;
  refunds: RefundBookSnapshot;
  lockout: SessionSyncLockoutSnapshot;
  hostedSessions: Array<[string, HostedSession]>;
  /** Revoked GraphQL tokens; absent in files written before tokens could be revoked. */
  revokedTokens?: string[];
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
}
