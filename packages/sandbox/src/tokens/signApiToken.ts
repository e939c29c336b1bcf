import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { SandboxClock } from '../clock.js';
import type { SandboxKeys } from '../keys.js';
import { TOKEN_TYPES, type ApiTokenClaims, type ApiTokenKind, type PrivateTokenScope } from './ApiTokenClaims.js';

/** Default lifetime of the tokens `createSandbox` issues: one year. */
export const API_TOKEN_TTL_SECONDS = 365 * 86_400;

/** What to sign: the store, the kind and what limits it. */
export interface SignApiTokenOptions {
  storeHash: string;
  storeId: string;
  channelIds: number[];
  clock: SandboxClock;
  /** Default `storefront`. */
  kind?: ApiTokenKind;
  /** Absolute expiry, unix seconds (BigCommerce's `expires_at`); else now + `expiresInSeconds`. */
  expiresAt?: number;
  expiresInSeconds?: number;
  /** Storefront tokens: allowed browser origins. */
  cors?: string[];
  /** Private tokens: their scopes. */
  scopes?: PrivateTokenScope[];
}

/**
 * Signs a GraphQL Storefront API token of any kind with the sandbox's ES256 key, so a token from
 * another sandbox run is refused. `iat` is the sandbox clock's now: a test that sets the clock
 * before the cut-off gets a token BigCommerce would still take server to server.
 */
export async function signApiToken(keys: SandboxKeys, options: SignApiTokenOptions): Promise<string> {
  const kind = options.kind ?? 'storefront';
  const iat = Math.floor(options.clock.now() / 1000);
  const claims: ApiTokenClaims = {
    iss: 'BC',
    sub: options.storeHash,
    sid: Number(options.storeId),
    cid: options.channelIds,
    cors: kind === 'storefront' ? (options.cors ?? []) : [],
    ...(kind === 'private' ? { scopes: options.scopes ?? [] } : {}),
    iat,
    eat: options.expiresAt ?? iat + (options.expiresInSeconds ?? API_TOKEN_TTL_SECONDS),
    jti: randomUUID(),
    sub_type: 0,
    token_type: TOKEN_TYPES[kind],
  };
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'ES256', typ: 'JWT' }).sign(keys.sessionSync.privateKey);
}
