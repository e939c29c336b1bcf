import { generateKeyPair, exportJWK, importJWK, type CryptoKey, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';

/**
 * The sandbox's signing keys: ES256 for session-sync JWTs and storefront tokens (BigCommerce signs
 * them with ES256; shared/bigcommerce-api.md, "Session sync") and an HS256 secret for payment
 * access tokens. Fresh at every start, unless a data dir keeps them (`exportSandboxKeys`).
 */
export interface SandboxKeys {
  sessionSync: { privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };
  paymentSecret: Uint8Array;
}

/** The keys as a data dir stores them: the ES256 private key as a JWK, the payment secret in base64url. */
export interface SavedSandboxKeys {
  sessionSyncPrivateJwk: JWK;
  paymentSecret: string;
}

/** Generates a fresh set of sandbox keys. */
export async function createSandboxKeys(): Promise<SandboxKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    sessionSync: { privateKey, publicKey, publicJwk: await exportJWK(publicKey) },
    paymentSecret: new Uint8Array(randomBytes(32)),
  };
}

/** The keys in the form a data dir keeps them, so that tokens signed before a restart stay valid. */
export async function exportSandboxKeys(keys: SandboxKeys): Promise<SavedSandboxKeys> {
  return { sessionSyncPrivateJwk: await exportJWK(keys.sessionSync.privateKey), paymentSecret: Buffer.from(keys.paymentSecret).toString('base64url') };
}

/** Rebuilds the keys `exportSandboxKeys` saved; throws if the JWK is not an ES256 private key. */
export async function importSandboxKeys(saved: SavedSandboxKeys): Promise<SandboxKeys> {
  const { d: _private, ...publicJwk } = saved.sessionSyncPrivateJwk;
  if (typeof _private !== 'string' || saved.sessionSyncPrivateJwk.crv !== 'P-256') throw new Error('the saved session-sync key is not an ES256 (P-256) private JWK');
  const privateKey = (await importJWK(saved.sessionSyncPrivateJwk, 'ES256', { extractable: true })) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, 'ES256', { extractable: true })) as CryptoKey;
  const paymentSecret = new Uint8Array(Buffer.from(saved.paymentSecret, 'base64url'));
  if (paymentSecret.length !== 32) throw new Error('the saved payment secret is not 32 bytes');
  return { sessionSync: { privateKey, publicKey, publicJwk }, paymentSecret };
}
