import { generateKeyPair, exportJWK, type CryptoKey, type JWK } from 'jose';
import { randomBytes } from 'node:crypto';

/**
 * The sandbox's signing keys, made fresh at every start: ES256 for session-sync JWTs (BigCommerce
 * signs them with ES256; shared/bigcommerce-api.md, "Session sync") and an HS256 secret for payment
 * access tokens.
 */
export interface SandboxKeys {
  sessionSync: { privateKey: CryptoKey; publicKey: CryptoKey; publicJwk: JWK };
  paymentSecret: Uint8Array;
}

/** Generates a fresh set of sandbox keys. */
export async function createSandboxKeys(): Promise<SandboxKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    sessionSync: { privateKey, publicKey, publicJwk: await exportJWK(publicKey) },
    paymentSecret: new Uint8Array(randomBytes(32)),
  };
}
