import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { SandboxSeed } from '../catalog/SandboxSeed.js';
import type { SandboxClock } from '../clock.js';
import type { PlatformState } from './platformState.js';
import { DATA_FORMAT, DATA_FORMAT_VERSION, prepareDataDir, readSandboxData, writeSandboxData, type SandboxData, type SandboxIdentity } from './SandboxDataFile.js';

/** A data dir in use by one sandbox. */
export interface DataDir {
  /** Absolute path of the dir. */
  dir: string;
  /** What the dir held at start, or null: a new store (no file yet, or `fresh`). */
  saved: SandboxData | null;
  /** Writes identity and state, atomically, if they changed since the last write. */
  save(identity: SandboxIdentity, state: PlatformState, clock: SandboxClock): void;
}

/** SHA-256 of a seed: a data dir belongs to the seed its store was made from. */
export function seedHash(seed: SandboxSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex');
}

/**
 * Opens (creating it if needed) the dir where a sandbox keeps its store across restarts, and reads
 * what it holds unless `fresh` asks for a clean store. Throws a `SandboxDataError` for a file it
 * must not use (see `readSandboxData`).
 */
export function openDataDir(path: string, options: { fresh: boolean; seed: SandboxSeed; storeHash?: string | undefined }): DataDir {
  const dir = resolve(path);
  const hash = seedHash(options.seed);
  prepareDataDir(dir);
  const saved = options.fresh ? null : readSandboxData(dir, { seedHash: hash, storeHash: options.storeHash });
  let lastWritten: string | null = null;
  return {
    dir,
    saved,
    save(identity, state, clock) {
      // The clock offset is left out of the comparison: reading it twice can differ by a millisecond.
      const body = JSON.stringify({ identity, state });
      if (body === lastWritten) return;
      const now = clock.now();
      const data: SandboxData = {
        format: DATA_FORMAT,
        version: DATA_FORMAT_VERSION,
        savedAt: new Date(now).toISOString(),
        seedHash: hash,
        clockOffsetMs: now - Date.now(),
        identity,
        state,
      };
      writeSandboxData(dir, data);
      lastWritten = body;
    },
  };
}
