import type { SandboxClock } from './clock.js';
import type { SandboxKeys } from './keys.js';
import type { Store } from './store/Store.js';
import type { SessionSyncLockout } from './sessionSync/SessionSyncLockout.js';

/** Connection details of one running sandbox (also what `GET /__sandbox/config` shows). */
export interface SandboxConfig {
  storeHash: string;
  storeId: string;
  channelId: number;
  /** A storefront token for browsers (its `iat` is the store's creation, after the 2026-06-30 cut-off). */
  storefrontToken: string;
  /** A private token with the `Unauthenticated` and `Customer` scopes, for servers. */
  privateToken: string;
  managementToken: string;
  /** The sandbox's own origin, e.g. `http://127.0.0.1:4100`; known once the server listens. */
  origin: string;
  trustedProxySecret: string | null;
}

/** Everything a route handler needs; built once per sandbox by `createSandbox`. */
export interface SandboxDeps {
  clock: SandboxClock;
  store: Store;
  lockout: SessionSyncLockout;
  keys: SandboxKeys;
  config: SandboxConfig;
  /** What identifies each revoked GraphQL token (`revocationKey`): its `jti`, or an old token's hash. */
  revokedTokens: Set<string>;
}
