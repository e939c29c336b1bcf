import { decodeJwt, jwtVerify } from 'jose';
import { revocationKey } from '../graphql/storefrontToken.js';
import { bcError, isRecord, jsonResponse, parseJsonBody } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { PRIVATE_TOKEN_SCOPES, type ApiTokenKind, type PrivateTokenScope } from '../tokens/ApiTokenClaims.js';
import { signApiToken } from '../tokens/signApiToken.js';

/*
 * The Management API's GraphQL token endpoints (bigcommerce/docs reference/storefront_tokens.v3.yml,
 * and for private tokens the generated client of BigCommerce's current spec): create a storefront,
 * private or customer impersonation token, and revoke one with `DELETE /v3/storefront/api-token`
 * and `Sf-Api-Token`. BigCommerce requires the OAuth scope `store_storefront_api` ("Storefront API
 * Tokens", manage) for storefront and private tokens and `store_storefront_api_customer_impersonation`
 * for impersonation tokens; the sandbox's one management token holds every scope, so it never
 * answers the 403 "missing scope". Deviation: `DELETE /v3/storefront/api-token` revokes an
 * impersonation token too (BigCommerce revokes those by `jti` only).
 */

type TokenRoute = (platform: SandboxPlatform, req: SandboxRequest) => Promise<SandboxResponse>;

const invalid = (field: string, why: string) => bcError(422, 'JSON data is missing or invalid', { errors: { [field]: why } });

/** Reads the create body common to all three kinds: `expires_at` and `channel_id` or `channel_ids`. */
function readCreateBody(platform: SandboxPlatform, body: Record<string, unknown>): { expiresAt: number; channelIds: number[] } | SandboxResponse {
  const expiresAt = body.expires_at;
  if (typeof expiresAt !== 'number' || !Number.isInteger(expiresAt)) return invalid('expires_at', 'is required: a unix timestamp in seconds');
  if (expiresAt * 1000 <= platform.clock.now()) return invalid('expires_at', `must be in the future; got ${expiresAt}`);
  if (body.channel_id !== undefined && body.channel_ids !== undefined) return invalid('channel_id', 'send channel_id or channel_ids, not both');
  const channelIds = body.channel_ids ?? (body.channel_id === undefined ? undefined : [body.channel_id]);
  if (!Array.isArray(channelIds) || channelIds.length === 0 || !channelIds.every((id) => Number.isInteger(id) && id > 0))
    return invalid('channel_id', 'is required: channel_id (a positive integer) or channel_ids (a list of them)');
  if (!channelIds.includes(platform.config.channelId)) return invalid('channel_id', `the sandbox has channel ${platform.config.channelId} only`);
  return { expiresAt, channelIds };
}

function createRoute(kind: ApiTokenKind): TokenRoute {
  return async (platform, req) => {
    const body = parseJsonBody(req.body);
    if (!isRecord(body)) return bcError(422, 'JSON data is missing or invalid', { detail: 'Send a JSON object with expires_at and channel_id.' });
    const common = readCreateBody(platform, body);
    if (!('expiresAt' in common)) return common;
    let cors: string[] | undefined;
    let scopes: PrivateTokenScope[] | undefined;
    if (kind === 'storefront' && body.allowed_cors_origins !== undefined) {
      const origins = body.allowed_cors_origins;
      if (!Array.isArray(origins) || origins.length > 2 || !origins.every((o) => typeof o === 'string' && o.length > 0))
        return invalid('allowed_cors_origins', 'must be a list of at most two origins');
      cors = origins as string[];
    }
    if (kind === 'private') {
      const asked = body.scopes;
      if (!Array.isArray(asked) || asked.length === 0 || !asked.every((s) => (PRIVATE_TOKEN_SCOPES as readonly unknown[]).includes(s)))
        return invalid('scopes', `is required: a list of ${PRIVATE_TOKEN_SCOPES.join(', ')}; got ${JSON.stringify(asked)}`);
      scopes = [...new Set(asked as PrivateTokenScope[])];
    }
    const { storeHash, storeId } = platform.config;
    const token = await signApiToken(platform.keys, { storeHash, storeId, clock: platform.clock, kind, channelIds: common.channelIds, expiresAt: common.expiresAt, cors, scopes });
    return jsonResponse(200, { data: { token }, meta: {} });
  };
}

const revokeToken: TokenRoute = async (platform, req) => {
  const token = req.headers['sf-api-token']?.trim();
  const refuse = () => bcError(422, 'Invalid JWT Token provided or missing JWT token header', { detail: 'Send the token to revoke in the Sf-Api-Token header.' });
  if (!token) return refuse();
  try {
    await jwtVerify(token, platform.keys.sessionSync.publicKey, { algorithms: ['ES256'], issuer: 'BC' });
    if (decodeJwt(token).sub !== platform.config.storeHash) return refuse();
  } catch {
    return refuse();
  }
  platform.revokedTokens.add(revocationKey(token, decodeJwt(token)));
  return jsonResponse(200, { data: {}, meta: {} });
};

/** The token routes, as `[method, path, route]` for the Management API's router. */
export const tokenRoutes: [method: string, path: string, route: TokenRoute][] = [
  ['POST', '/v3/storefront/api-token', createRoute('storefront')],
  ['DELETE', '/v3/storefront/api-token', revokeToken],
  ['POST', '/v3/storefront/api-token-private', createRoute('private')],
  ['POST', '/v3/storefront/api-token-customer-impersonation', createRoute('customerImpersonation')],
];
