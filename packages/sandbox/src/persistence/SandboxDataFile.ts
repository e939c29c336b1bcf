import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedSandboxKeys } from '../keys.js';
import type { SandboxConfig } from '../SandboxDeps.js';
import type { PlatformState } from './platformState.js';

/** The file in a data dir that holds the whole store. */
export const DATA_FILE_NAME = 'sandbox.json';
/** What the file's `format` field says, so that another tool's JSON file is never mistaken for one. */
export const DATA_FORMAT = 'bc-sandbox-data';
/** The file layout this sandbox reads and writes; any other is refused, never converted silently. */
export const DATA_FORMAT_VERSION = 1;

/**
 * What identifies a store across restarts: its connection details but the origin (the port may
 * change), that is its hash, ids, tokens and trusted-proxy secret, and its signing keys.
 */
export type SandboxIdentity = Omit<SandboxConfig, 'origin' | 'privateToken'> & {
  /** Absent in files written before private tokens: the next start mints one and saves it. */
  privateToken?: string;
  keys: SavedSandboxKeys;
};

/** The contents of `sandbox.json`. */
export interface SandboxData {
  format: typeof DATA_FORMAT;
  version: typeof DATA_FORMAT_VERSION;
  /** When it was written, on the sandbox clock. */
  savedAt: string;
  /** SHA-256 of the seed the store was made from: the catalog is not saved, it comes from the seed. */
  seedHash: string;
  /** How far the sandbox clock ran ahead of real time (tests move it); kept so time never runs backwards. */
  clockOffsetMs: number;
  identity: SandboxIdentity;
  state: PlatformState;
}

/** A data dir the sandbox must not use as it is; the message names the file and the fix. */
export class SandboxDataError extends Error {
  override name = 'SandboxDataError';
}

/** The error for a data file the sandbox must not use: it names the file, what is wrong and the fix. */
export function unusableDataFile(dir: string, why: string): SandboxDataError {
  return new SandboxDataError(
    `the sandbox data file ${join(dir, DATA_FILE_NAME)} ${why}. Start with --fresh (createSandbox({ fresh: true })) to replace it with a clean store, or delete it, or choose another --data-dir. The file has been left as it is.`,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPairs = (value: unknown): boolean => Array.isArray(value) && value.every((pair) => Array.isArray(pair) && pair.length === 2);

/** The first thing wrong with the parsed file's shape, or null. Types inside records are trusted. */
function shapeProblem(data: Record<string, unknown>): string | null {
  const { identity, state } = data;
  if (typeof data.seedHash !== 'string' || typeof data.clockOffsetMs !== 'number' || !Number.isFinite(data.clockOffsetMs)) return '"seedHash" or "clockOffsetMs" is missing';
  if (!isObject(identity)) return '"identity" is missing';
  for (const key of ['storeHash', 'storeId', 'storefrontToken', 'managementToken'] as const) if (typeof identity[key] !== 'string') return `"identity.${key}" is not a string`;
  if (identity.privateToken !== undefined && typeof identity.privateToken !== 'string') return '"identity.privateToken" is not a string';
  if (!Number.isInteger(identity.channelId)) return '"identity.channelId" is not an integer';
  if (identity.trustedProxySecret !== null && typeof identity.trustedProxySecret !== 'string') return '"identity.trustedProxySecret" is neither a string nor null';
  if (!isObject(identity.keys) || !isObject(identity.keys.sessionSyncPrivateJwk) || typeof identity.keys.paymentSecret !== 'string') return '"identity.keys" is incomplete';
  if (!isObject(state)) return '"state" is missing';
  const { store, ledger, refunds, lockout, hostedSessions } = state;
  if (!isObject(store)) return '"state.store" is missing';
  for (const key of ['customers', 'carts', 'orders', 'usedSessionSyncJtis', 'customerAccessTokens'] as const) if (!Array.isArray(store[key])) return `"state.store.${key}" is not a list`;
  for (const key of ['checkouts', 'variantStock'] as const) if (!isPairs(store[key])) return `"state.store.${key}" is not a list of pairs`;
  if (!Number.isInteger(store.nextOrderId)) return '"state.store.nextOrderId" is not an integer';
  // Written since reviews could be added; older files have none and keep the seed's.
  if (store.reviews !== undefined && !(Array.isArray(store.reviews) && store.reviews.every((r) => isObject(r) && Number.isInteger(r.productEntityId) && Number.isInteger(r.entityId)))) return '"state.store.reviews" is not a list of reviews';
  if (!Array.isArray(ledger)) return '"state.ledger" is not a list';
  if (!isObject(refunds) || !Array.isArray(refunds.refunds) || !isPairs(refunds.quantities) || !isPairs(refunds.shipping) || !Number.isInteger(refunds.refundSeq) || !Number.isInteger(refunds.paymentSeq))
    return '"state.refunds" is incomplete';
  if (!isObject(lockout) || !isPairs(lockout.failures) || !isPairs(lockout.blockedUntil)) return '"state.lockout" is incomplete';
  if (!isPairs(hostedSessions)) return '"state.hostedSessions" is not a list of pairs';
  if (state.revokedTokens !== undefined && !(Array.isArray(state.revokedTokens) && state.revokedTokens.every((key) => typeof key === 'string'))) return '"state.revokedTokens" is not a list of strings';
  return null;
}

/**
 * Reads `DIR/sandbox.json`: null when there is none yet (a new store). A file that is not JSON, not
 * a sandbox data file, of another format version, incomplete, or for another store or seed throws
 * a `SandboxDataError` naming the file and the fix; it is never reset behind the user's back.
 */
export function readSandboxData(dir: string, expected: { seedHash: string; storeHash?: string | undefined }): SandboxData | null {
  const file = join(dir, DATA_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SandboxDataError(`cannot read the sandbox data file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check its permissions, or choose another --data-dir.`);
  }
  const refuse = (why: string): never => {
    throw unusableDataFile(dir, why);
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`is corrupt (not valid JSON: ${(error as Error).message})`);
  }
  if (!isObject(data) || data.format !== DATA_FORMAT) return refuse(`is not a bc-sandbox data file (no "format": "${DATA_FORMAT}")`);
  if (data.version !== DATA_FORMAT_VERSION) return refuse(`has format version ${JSON.stringify(data.version)}, and this sandbox reads version ${DATA_FORMAT_VERSION} only`);
  const problem = shapeProblem(data);
  if (problem) return refuse(`is corrupt (${problem})`);
  const saved = data as unknown as SandboxData;
  if (expected.storeHash !== undefined && expected.storeHash !== saved.identity.storeHash)
    return refuse(`holds store ${saved.identity.storeHash}, not the store ${expected.storeHash} asked for`);
  if (saved.seedHash !== expected.seedHash) return refuse('holds a store made from another seed (catalog, customers, coupons), and its carts and orders name that seed\'s products');
  return saved;
}

/**
 * Writes `data` to `DIR/sandbox.json` atomically: a temporary file beside it, flushed to disk, then
 * renamed over it. A crash mid-write leaves the previous file whole (and a stray temporary file,
 * which `removeStaleTempFiles` clears at the next start).
 */
export function writeSandboxData(dir: string, data: SandboxData): void {
  const file = join(dir, DATA_FILE_NAME);
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(data));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Creates the data dir if needed and removes temporary files a crashed write left behind. */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new SandboxDataError(`cannot create the sandbox data dir ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Choose another --data-dir.`);
  }
  const stale = new RegExp(`^${DATA_FILE_NAME.replace('.', '\\.')}\\.\\d+\\.tmp$`);
  for (const name of readdirSync(dir)) if (stale.test(name)) rmSync(join(dir, name), { force: true });
}
