import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxSeed } from './catalog/SandboxSeed.js';
import { defaultSeed } from './catalog/defaultSeed.js';
import { createClock, type SandboxClock } from './clock.js';
import { sleep } from './faults/applyFault.js';
import { createFaultInjector } from './faults/FaultInjector.js';
import { createGraphQLHandler } from './graphql/createGraphQLHandler.js';
import { createRequestListener, type SandboxLogger } from './http/createRequestListener.js';
import type { SandboxPlatform } from './http/SandboxPlatform.js';
import { createLatency, type SandboxLatency } from './http/SandboxLatency.js';
import { createRequestLog } from './inspector/RequestLog.js';
import { createSandboxKeys, exportSandboxKeys, importSandboxKeys } from './keys.js';
import { createManagementHandler } from './management/createManagementHandler.js';
import { createCatalogEdits } from './management/CatalogEdits.js';
import { createRefundBook } from './management/RefundBook.js';
import { createHostedSessions } from './pages/HostedSessions.js';
import { createChargeLedger } from './payments/ChargeLedger.js';
import { createPaymentsHandler } from './payments/createPaymentsHandler.js';
import { openDataDir } from './persistence/openDataDir.js';
import { capturePlatformState, restorePlatformState } from './persistence/platformState.js';
import { SandboxDataError, unusableDataFile, type SandboxIdentity } from './persistence/SandboxDataFile.js';
import type { SandboxConfig } from './SandboxDeps.js';
import { createSessionSyncLockout } from './sessionSync/SessionSyncLockout.js';
import { createStore } from './store/createStore.js';
import { API_TOKEN_TTL_SECONDS, signApiToken } from './tokens/signApiToken.js';
import { customerLogins, type SandboxCustomerLogin } from './store/customerLogins.js';
import type { Store } from './store/Store.js';
import type { SandboxRequest, SandboxResponse } from './SandboxRequest.js';
import { createWebhookBook } from './webhooks/WebhookBook.js';
import { createWebhookDispatcher } from './webhooks/WebhookDispatcher.js';

/** Options of `createSandbox`; every one has a default suited to tests. */
export interface CreateSandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; loopback by default, since `/__sandbox/config` shows tokens and passwords. */
  host?: string;
  /**
   * The trusted-proxy secret; without one `True-Client-IP` is never believed. With a `dataDir`,
   * leaving it out keeps the one the dir holds, and giving one (or null) replaces it.
   */
  trustedProxySecret?: string | null;
  /** Replaces the built-in demo shop. */
  seed?: SandboxSeed;
  /** Store hash; random by default. With a `dataDir` that holds another store, start is refused. */
  storeHash?: string;
  /**
   * A directory that keeps the store across restarts: its identity (hash, ids, tokens, keys,
   * trusted-proxy secret), customers, carts, checkouts, orders, payments, refunds, hosted sessions,
   * the session-sync lockout, webhooks and catalog writes, in `sandbox.json`, written atomically after every change. None by
   * default: every start is a new store.
   */
  dataDir?: string;
  /** With `dataDir`: start a clean store there, replacing what it holds. */
  fresh?: boolean;
  /** Lifetime of the issued storefront and private tokens on the sandbox clock (default one year; a new store's only). */
  storefrontTokenTtlSeconds?: number;
  /** Origins the storefront token lists in its `cors` claim. */
  storefrontTokenCorsOrigins?: string[];
  /** Real milliseconds the slow test card waits after charging (default 5000). */
  slowPaymentDelayMs?: number;
  /** Real milliseconds a refund stays processing, refusing a concurrent one (default 50). */
  refundProcessingMs?: number;
  /** How many requests the inspector keeps (default 5000). */
  requestLogSize?: number;
  /**
   * Delay every GraphQL and REST answer by `ms` ± `jitterMs` real milliseconds (seeded, so runs
   * repeat), standing in for the 50–150 ms to BigCommerce. None by default.
   */
  latency?: SandboxLatency;
  /**
   * Multiplies BigCommerce's webhook retry intervals (60 s … 86400 s) in real time; 1 by default.
   * A test passes e.g. 0.00001 to run the whole schedule, and the deactivation after it, in under
   * two seconds. Retries are also due on the sandbox clock: `clock.advance(60_000)` runs the first.
   */
  webhookRetryScale?: number;
  /** Real milliseconds a webhook receiver has to answer before the attempt fails (default 10000). */
  webhookTimeoutMs?: number;
  /** Where sandbox bugs are reported (default `console`). */
  logger?: SandboxLogger;
}

export type { SandboxCustomerLogin } from './store/customerLogins.js';

/** A running sandbox. */
export interface Sandbox {
  /** Origin to send every request to, e.g. `http://127.0.0.1:53817`. */
  url: string;
  storeHash: string;
  storeId: string;
  channelId: number;
  /**
   * `Authorization: Bearer` token for `POST /graphql` from a browser: a storefront token, which
   * (issued after 2026-06-30, like BigCommerce's today) is refused server to server.
   */
  storefrontToken: string;
  /** `Authorization: Bearer` token for `POST /graphql` from a server: a private token (`Unauthenticated`, `Customer`). */
  privateToken: string;
  /** `X-Auth-Token` for the Management API. */
  managementToken: string;
  trustedProxySecret: string | null;
  /** The absolute path of the data dir, or null when the store lives only in memory. */
  dataDir: string | null;
  customers: SandboxCustomerLogin[];
  /** Moves time for token expiry and lockouts without waiting. */
  clock: SandboxClock;
  /** Direct access to the sandbox's state, for test setup and assertions. */
  store: Store;
  config: SandboxConfig;
  /** Puts store, lockout, faults, request log and ledger back to the start (and saves that to the data dir). */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

function randomStoreHash(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

function originFor(host: string, port: number): string {
  if (host === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port (0 picks a free one)` : error.message;
      reject(new Error(`createSandbox: cannot listen on ${host}:${port}: ${why}.`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Runs `read` on what a data file held; anything it throws means the file is corrupt, and says so. */
async function fromDataFile<T>(dir: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw unusableDataFile(dir, `is corrupt (${(error as Error).message})`);
  }
}

/** Starts a sandbox on loopback (port 0 by default) and resolves once it accepts requests. */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`createSandbox: port must be an integer from 0 to 65535, got ${String(port)}.`);
  if (options.trustedProxySecret != null && options.trustedProxySecret.length < 8)
    throw new Error('createSandbox: trustedProxySecret must be at least 8 characters (or null for no trusted proxy).');
  const retryScale = options.webhookRetryScale ?? 1;
  if (typeof retryScale !== 'number' || !Number.isFinite(retryScale) || retryScale < 0 || retryScale > 1)
    throw new Error(`createSandbox: webhookRetryScale must be a number from 0 to 1 (1 is BigCommerce's schedule), got ${String(retryScale)}.`);
  const webhookTimeoutMs = options.webhookTimeoutMs ?? 10_000;
  if (!Number.isInteger(webhookTimeoutMs) || webhookTimeoutMs < 1 || webhookTimeoutMs > 120_000)
    throw new Error(`createSandbox: webhookTimeoutMs must be an integer from 1 to 120000, got ${String(webhookTimeoutMs)}.`);
  const nextDelay = createLatency(options.latency);
  if (options.fresh && !options.dataDir) throw new Error('createSandbox: fresh only applies with a dataDir (without one every start is a clean store); pass dataDir too, or drop fresh.');

  const seed = options.seed ?? defaultSeed;
  const data = options.dataDir ? openDataDir(options.dataDir, { fresh: options.fresh ?? false, seed, storeHash: options.storeHash }) : null;
  const saved = data?.saved ?? null;
  // The dispatcher is made later; until then there is nothing due on the clock.
  let onClockMove = () => {};
  const clock = createClock(saved ? Date.now() + saved.clockOffsetMs : undefined, () => onClockMove());
  const keys = saved ? await fromDataFile(data!.dir, () => importSandboxKeys(saved.identity.keys)) : await createSandboxKeys();
  const storeHash = saved?.identity.storeHash ?? options.storeHash ?? randomStoreHash();
  const storeId = saved?.identity.storeId ?? String(randomInt(1_000_000, 9_999_999));
  const channelId = 1;
  const trustedProxySecret = options.trustedProxySecret !== undefined ? options.trustedProxySecret : (saved?.identity.trustedProxySecret ?? null);
  const store = createStore({ storeHash, storeId, clock, seed });
  const tokenOptions = { storeHash, storeId, channelIds: [channelId], clock, expiresInSeconds: options.storefrontTokenTtlSeconds ?? API_TOKEN_TTL_SECONDS };
  const storefrontToken = saved?.identity.storefrontToken ?? (await signApiToken(keys, { ...tokenOptions, cors: options.storefrontTokenCorsOrigins ?? [] }));
  // A data dir written before private tokens existed gets one now, saved with the identity below.
  const privateToken = saved?.identity.privateToken ?? (await signApiToken(keys, { ...tokenOptions, kind: 'private', scopes: ['Unauthenticated', 'Customer'] }));
  const config: SandboxConfig = {
    storeHash,
    storeId,
    channelId,
    storefrontToken,
    privateToken,
    managementToken: saved?.identity.managementToken ?? randomBytes(16).toString('hex').slice(0, 31),
    origin: '',
    trustedProxySecret,
  };
  const lockout = createSessionSyncLockout(clock);
  const ledger = createChargeLedger();
  const refunds = createRefundBook();
  const faults = createFaultInjector();
  const log = createRequestLog(options.requestLogSize ?? 5000);
  const hostedSessions = createHostedSessions();
  const revokedTokens = new Set<string>();
  const hooks = createWebhookBook();
  const catalogEdits = createCatalogEdits();
  const webhooks = createWebhookDispatcher({
    clock,
    hooks,
    store: { storeId, storeHash },
    retryScale,
    timeoutMs: webhookTimeoutMs,
    onHookChanged: () => platform.persist(),
  });
  onClockMove = () => webhooks.runDue();
  const platform: SandboxPlatform = {
    clock,
    keys,
    store,
    lockout,
    config,
    revokedTokens,
    ledger,
    refunds,
    faults,
    log,
    hostedSessions,
    hooks,
    webhooks,
    catalogEdits,
    options: { slowPaymentDelayMs: options.slowPaymentDelayMs ?? 5000, refundProcessingMs: options.refundProcessingMs ?? 50 },
    graphql: async () => {
      throw new Error('createSandbox: the GraphQL handler is not bound yet.');
    },
    reset() {
      store.reset();
      lockout.clear();
      faults.clear();
      log.clear();
      ledger.clear();
      refunds.clear();
      hostedSessions.clear();
      revokedTokens.clear();
      hooks.clear();
      webhooks.clear();
      catalogEdits.clear();
      platform.persist();
    },
    persist() {},
  };
  platform.graphql = createGraphQLHandler(platform);
  const logger = options.logger ?? console;
  if (data) {
    if (saved) await fromDataFile(data.dir, () => restorePlatformState(platform, saved.state));
    const { origin: _origin, ...details } = config;
    const identity: SandboxIdentity = { ...details, keys: await exportSandboxKeys(keys) };
    const save = () => data.save(identity, capturePlatformState(platform), clock);
    // Written at once: the identity printed at start is the one the next start reads, and a dir
    // that cannot be written fails the start rather than every later change.
    try {
      save();
    } catch (error) {
      throw new SandboxDataError(`cannot write the sandbox data file in ${data.dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Fix the dir's permissions or free space, or choose another --data-dir.`);
    }
    platform.persist = () => {
      try {
        save();
      } catch (error) {
        logger.error(`bc-sandbox: could not save the store to ${data.dir}: ${(error as Error).message}. The change is kept in memory and saved with the next write that succeeds; free space or fix the dir's permissions.`, error);
      }
    };
  }

  // Latency wraps the API handlers only: the sandbox's own pages and `/__sandbox` answer at once.
  const delayed = <A extends unknown[]>(handler: (...args: A) => Promise<SandboxResponse>) =>
    nextDelay === null
      ? handler
      : async (...args: A): Promise<SandboxResponse> => {
          const response = await handler(...args);
          await sleep(nextDelay());
          return response;
        };
  platform.graphql = delayed<[SandboxRequest]>(platform.graphql);
  const routes = { payments: delayed(createPaymentsHandler(platform)), management: delayed(createManagementHandler(platform)) };
  const server = createServer(createRequestListener(platform, routes, logger));
  server.keepAliveTimeout = 5000;
  const boundPort = await listen(server, port, host);
  config.origin = originFor(host, boundPort);

  let closing: Promise<void> | null = null;
  return {
    url: config.origin,
    storeHash,
    storeId,
    channelId,
    storefrontToken,
    privateToken,
    managementToken: config.managementToken,
    trustedProxySecret,
    dataDir: data?.dir ?? null,
    customers: customerLogins(store),
    clock,
    store,
    config,
    reset: () => platform.reset(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        // What a test changed through `store` directly is kept too.
        platform.persist();
        webhooks.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
