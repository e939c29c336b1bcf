import type { ServerClientConfig } from '@bc-headless/core/server';

/** Where a demo storefront's server sends its BigCommerce traffic, and what the browser may know of it. */
export interface DemoBackend {
  /** `sandbox` by default; `bigcommerce` when the BIGCOMMERCE_* variables name a real store. */
  kind: 'sandbox' | 'bigcommerce';
  /** Config for `createServerClient`. Holds secrets: server only. */
  serverConfig: ServerClientConfig;
  /** The sandbox's request inspector, for the demos' "Requests" panel (sandbox only). */
  inspectorUrl: string | null;
  /** Where hosted checkout lives (sandbox origin or the store's domain). */
  storeOrigin: string;
}

/** Environment variables the demos read (Catalyst's names for the real-store ones). */
export interface DemoEnv {
  BIGCOMMERCE_STORE_HASH?: string;
  BIGCOMMERCE_CHANNEL_ID?: string;
  /** A private token (scopes Unauthenticated, Customer), despite the name: Catalyst's variable. */
  BIGCOMMERCE_STOREFRONT_TOKEN?: string;
  BIGCOMMERCE_TRUSTED_PROXY_SECRET?: string;
  /** Where the sandbox listens (default http://127.0.0.1:4100). */
  SANDBOX_URL?: string;
  /** Comma-separated CIDRs or a hop count of proxies in front of the demo server (none by default). */
  TRUSTED_PROXIES?: string;
  [name: string]: string | undefined;
}

interface SandboxConnection {
  storeHash: string;
  channelId: number;
  /** The sandbox's private token: the demo server talks to it server to server. */
  privateToken: string;
  url: string;
}

/**
 * Decides the backend from the environment. A real store needs all of BIGCOMMERCE_STORE_HASH and
 * BIGCOMMERCE_STOREFRONT_TOKEN (the channel defaults to 1), which holds a private token
 * (`POST /v3/storefront/api-token-private`), as Catalyst documents; anything less falls back to
 * the sandbox, whose private token and other details come from its `GET /__sandbox/config`.
 */
export async function resolveBackend(env: DemoEnv, fetchImpl: typeof fetch = fetch): Promise<DemoBackend> {
  const trustedProxySecret = env.BIGCOMMERCE_TRUSTED_PROXY_SECRET || undefined;
  const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  if (env.BIGCOMMERCE_STORE_HASH) {
    if (!env.BIGCOMMERCE_STOREFRONT_TOKEN) {
      throw new Error('BIGCOMMERCE_STORE_HASH is set but BIGCOMMERCE_STOREFRONT_TOKEN is not: set both to use a real store, or neither to use the sandbox.');
    }
    const channelId = env.BIGCOMMERCE_CHANNEL_ID ? Number(env.BIGCOMMERCE_CHANNEL_ID) : 1;
    if (!Number.isInteger(channelId) || channelId < 1) throw new Error(`BIGCOMMERCE_CHANNEL_ID must be a positive whole number, got ${JSON.stringify(env.BIGCOMMERCE_CHANNEL_ID)}.`);
    const storeOrigin = channelId === 1 ? `https://store-${env.BIGCOMMERCE_STORE_HASH}.mybigcommerce.com` : `https://store-${env.BIGCOMMERCE_STORE_HASH}-${channelId}.mybigcommerce.com`;
    return {
      kind: 'bigcommerce',
      serverConfig: {
        storeHash: env.BIGCOMMERCE_STORE_HASH,
        channelId,
        storefrontToken: env.BIGCOMMERCE_STOREFRONT_TOKEN,
        ...(trustedProxySecret ? { trustedProxySecret } : {}),
        ...(trustedProxies === undefined ? {} : { trustedProxies }),
      },
      inspectorUrl: null,
      storeOrigin,
    };
  }
  const sandboxUrl = (env.SANDBOX_URL || 'http://127.0.0.1:4100').replace(/\/+$/, '');
  const sandbox = await readSandboxConfig(sandboxUrl, fetchImpl);
  return {
    kind: 'sandbox',
    serverConfig: {
      storeHash: sandbox.storeHash,
      channelId: sandbox.channelId,
      storefrontToken: sandbox.privateToken,
      endpoints: { graphql: `${sandboxUrl}/graphql`, payments: `${sandboxUrl}/stores/${sandbox.storeHash}/payments` },
      ...(trustedProxySecret ? { trustedProxySecret } : {}),
      ...(trustedProxies === undefined ? {} : { trustedProxies }),
    },
    inspectorUrl: `${sandboxUrl}/__sandbox`,
    storeOrigin: sandboxUrl,
  };
}

async function readSandboxConfig(sandboxUrl: string, fetchImpl: typeof fetch): Promise<SandboxConnection> {
  let response: Response;
  try {
    response = await fetchImpl(`${sandboxUrl}/__sandbox/config`);
  } catch (error) {
    throw new Error(`No sandbox answers at ${sandboxUrl} (${(error as Error).message}). Start it with \`pnpm sandbox\`, set SANDBOX_URL, or set BIGCOMMERCE_STORE_HASH and BIGCOMMERCE_STOREFRONT_TOKEN for a real store.`);
  }
  if (!response.ok) throw new Error(`${sandboxUrl}/__sandbox/config answered ${response.status}: is SANDBOX_URL a bc-headless sandbox?`);
  const config = (await response.json()) as Partial<SandboxConnection>;
  if (typeof config.storeHash !== 'string' || typeof config.privateToken !== 'string') {
    throw new Error(`${sandboxUrl}/__sandbox/config did not hold a store hash and private token: is SANDBOX_URL a bc-headless sandbox of this version? Restart it with \`pnpm sandbox\`.`);
  }
  return { storeHash: config.storeHash, channelId: config.channelId ?? 1, privateToken: config.privateToken, url: sandboxUrl };
}

function parseTrustedProxies(value: string | undefined): ServerClientConfig['trustedProxies'] {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}
