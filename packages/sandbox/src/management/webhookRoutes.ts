import { bcError, isRecord, jsonResponse } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { clientIdFor, type Webhook } from '../webhooks/WebhookBook.js';

/*
 * The Webhooks v3 Management API (bigcommerce/docs reference/webhooks.v3.yml) under
 * `/stores/{hash}/v3/hooks`: list with `page`, `limit`, `is_active`, `scope` and `destination`,
 * create (answered 200, as the reference says, not 201), get, update and delete (which answers the
 * deleted hook). The platform limits of docs/integrations/webhooks/overview.mdx hold: one hook per
 * store + client + scope + destination, at most ten per store + client + scope.
 *
 * Deliberate deviation: BigCommerce takes only `https` destinations on port 443; the sandbox also
 * takes `http` and any port, so a test or a local app can receive callbacks on
 * `http://127.0.0.1:<port>`. Anything that is not an http(s) URL is still refused.
 */

type HookRoute = (platform: SandboxPlatform, req: SandboxRequest, params: Record<string, string>) => SandboxResponse;

/** At most this many hooks per store + client + scope (overview.mdx, "Platform limits"). */
export const MAX_HOOKS_PER_SCOPE = 10;
/** The sandbox's own cap on hooks per store (BigCommerce documents none), so memory stays bounded. */
const MAX_HOOKS = 1000;
const MAX_DESTINATION_LENGTH = 2048;
// Header limits are the sandbox's own (BigCommerce documents none for request headers); they keep
// a hook from making every callback unsendable.
const MAX_HEADERS = 64;
const MAX_HEADER_NAME = 64;
const MAX_HEADER_VALUE = 8192;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the sandbox sets on a callback itself, or that would corrupt the HTTP message. */
const RESERVED_HEADERS = new Set(['content-type', 'content-length', 'host', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer', 'proxy-connection']);
const SCOPE = /^store(\/[A-Za-z0-9_]+)*(\/[A-Za-z0-9_]+|\/\*)$/;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;

const invalid = (errors: Record<string, string>) => bcError(422, 'JSON data is missing or invalid', { errors });
const notFound = (id: string) => bcError(404, `Webhook with id [${id}] not found`);

function hookId(raw: string | undefined): number | null {
  return raw && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

/** The request body as JSON, or a 400 when it is not JSON (webhooks.v3.yml `400_BadRequest`). */
function jsonBody(req: SandboxRequest): { value: unknown } | SandboxResponse {
  if (req.body.length === 0) return { value: undefined };
  try {
    return { value: JSON.parse(req.body.toString('utf8')) as unknown };
  } catch {
    return bcError(400, 'Input is invalid.', { detail: 'The body is not JSON: send a JSON object such as {"scope": "store/product/updated", "destination": "https://…"}.' });
  }
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|\[::\]|0\.0\.0\.0)$/i;

/**
 * Whether a URL points at this sandbox: a callback there would call the sandbox's own endpoints
 * (`/__sandbox/reset`, the Management API with a hook's `X-Auth-Token` header), so it is refused.
 */
function isSelf(url: URL, origin: string): boolean {
  if (!origin) return false;
  const own = new URL(origin);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  if (port !== own.port) return false;
  return url.hostname === own.hostname || (LOOPBACK.test(url.hostname) && LOOPBACK.test(own.hostname));
}

function checkDestination(value: unknown, origin: string): string | null {
  if (typeof value !== 'string' || value.length === 0) return 'is required: an http(s) URL';
  if (value.length > MAX_DESTINATION_LENGTH) return `must be at most ${MAX_DESTINATION_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL: ${JSON.stringify(value.slice(0, 100))}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an https URL (the sandbox also takes http); got the scheme ${url.protocol}`;
  if (url.username || url.password) return 'must not hold credentials; send them in headers instead';
  if (isSelf(url, origin)) return 'must not be the sandbox itself; point it at your own receiver';
  return null;
}

function checkHeaders(value: unknown): string | null {
  if (value === null) return null;
  if (!isRecord(value)) return 'must be an object of header names to string values, or null';
  const entries = Object.entries(value);
  if (entries.length > MAX_HEADERS) return `must hold at most ${MAX_HEADERS} headers`;
  const seen = new Set<string>();
  for (const [name, headerValue] of entries) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name) || name.length > MAX_HEADER_NAME) return `${JSON.stringify(name.slice(0, 80))} is not a valid header name (letters, digits and -, at most ${MAX_HEADER_NAME})`;
    if (RESERVED_HEADERS.has(lower)) return `${name} is set by the webhook service and cannot be given`;
    if (seen.has(lower)) return `${name} is given twice`;
    seen.add(lower);
    if (typeof headerValue !== 'string') return `the value of ${name} must be a string`;
    if (headerValue.length > MAX_HEADER_VALUE || /[\r\n\0]/.test(headerValue)) return `the value of ${name} must be at most ${MAX_HEADER_VALUE} characters with no line breaks`;
  }
  return null;
}

/** Checks a create (all fields) or update (any subset) body; answers the fields to set or a 422. */
type HookFields = Partial<Pick<Webhook, 'scope' | 'destination' | 'headers' | 'is_active'>>;

function readHook(body: unknown, creating: boolean, origin: string): { fields: HookFields } | { error: SandboxResponse } {
  if (!isRecord(body)) return { error: invalid({ body: 'must be a JSON object with scope and destination' }) };
  const errors: Record<string, string> = {};
  const out: HookFields = {};
  if (body.scope !== undefined || creating) {
    if (typeof body.scope !== 'string' || body.scope.length === 0) errors.scope = 'error.path.missing: a scope such as store/product/updated or store/product/*';
    else if (body.scope.length > 255 || !SCOPE.test(body.scope)) errors.scope = `is not a webhook scope: ${JSON.stringify(body.scope.slice(0, 100))} (e.g. store/product/updated or store/product/*)`;
    else out.scope = body.scope;
  }
  if (body.destination !== undefined || creating) {
    const problem = checkDestination(body.destination, origin);
    if (problem) errors.destination = body.destination === undefined ? `error.path.missing: ${problem}` : problem;
    else out.destination = body.destination as string;
  }
  if (body.is_active !== undefined) {
    if (typeof body.is_active !== 'boolean') errors.is_active = 'must be true or false';
    else out.is_active = body.is_active;
  }
  if (body.headers !== undefined) {
    const problem = checkHeaders(body.headers);
    if (problem) errors.headers = problem;
    else out.headers = body.headers === null ? null : { ...(body.headers as Record<string, string>) };
  }
  return Object.keys(errors).length > 0 ? { error: invalid(errors) } : { fields: out };
}

/** The platform limits for a hook with this scope and destination (`self` excluded when updating). */
function limitProblem(hooks: Webhook[], scope: string, destination: string, self: number | null): SandboxResponse | null {
  const sameScope = hooks.filter((h) => h.scope === scope && h.id !== self);
  const twin = sameScope.find((h) => h.destination === destination);
  if (twin) return invalid({ destination: `a webhook for ${scope} to this destination already exists (id ${twin.id}); update that one instead` });
  if (sameScope.length >= MAX_HOOKS_PER_SCOPE) return invalid({ scope: `this client already has ${MAX_HOOKS_PER_SCOPE} webhooks for ${scope}, the most BigCommerce allows; delete one first` });
  return null;
}

function ownHooks(platform: SandboxPlatform): Webhook[] {
  const clientId = clientIdFor(platform.config.managementToken);
  return platform.hooks.list().filter((h) => h.client_id === clientId && h.store_hash === platform.config.storeHash);
}

function positiveInt(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) return null;
  return Number(raw);
}

const listHooks: HookRoute = (platform, req) => {
  const query = req.url.searchParams;
  const page = positiveInt(query.get('page'), 1, 1_000_000);
  const limit = positiveInt(query.get('limit'), DEFAULT_LIMIT, MAX_LIMIT);
  const active = query.get('is_active');
  if (page === null || limit === null || (active !== null && active !== 'true' && active !== 'false'))
    return bcError(400, 'Input is invalid.', { detail: `page must be a positive integer, limit an integer from 1 to ${MAX_LIMIT}, is_active true or false.` });
  const scope = query.get('scope');
  const destination = query.get('destination');
  const hooks = ownHooks(platform).filter(
    (h) => (active === null || h.is_active === (active === 'true')) && (scope === null || h.scope === scope) && (destination === null || h.destination === destination),
  );
  const totalPages = Math.max(1, Math.ceil(hooks.length / limit));
  const data = hooks.slice((page - 1) * limit, page * limit);
  const link = (p: number) => `?limit=${limit}&page=${p}`;
  return jsonResponse(200, {
    data,
    meta: {
      pagination: {
        total: hooks.length,
        count: data.length,
        per_page: limit,
        current_page: page,
        total_pages: totalPages,
        links: { ...(page > 1 ? { previous: link(page - 1) } : {}), current: link(page), ...(page < totalPages ? { next: link(page + 1) } : {}) },
      },
    },
  });
};

const createHook: HookRoute = (platform, req) => {
  const body = jsonBody(req);
  if (!('value' in body)) return body;
  const read = readHook(body.value, true, platform.config.origin);
  if ('error' in read) return read.error;
  const { fields } = read;
  const limited = limitProblem(ownHooks(platform), fields.scope!, fields.destination!, null);
  if (limited) return limited;
  if (platform.hooks.list().length >= MAX_HOOKS) return invalid({ scope: `the sandbox keeps at most ${MAX_HOOKS} webhooks per store; delete some first` });
  const now = Math.floor(platform.clock.now() / 1000);
  const hook = platform.hooks.add({
    client_id: clientIdFor(platform.config.managementToken),
    store_hash: platform.config.storeHash,
    scope: fields.scope!,
    destination: fields.destination!,
    headers: fields.headers ?? null,
    is_active: fields.is_active ?? true,
    created_at: now,
    updated_at: now,
  });
  return jsonResponse(200, { data: hook, meta: {} });
};

function findOwn(platform: SandboxPlatform, raw: string | undefined): Webhook | undefined {
  const id = hookId(raw);
  return id === null ? undefined : ownHooks(platform).find((h) => h.id === id);
}

const getHook: HookRoute = (platform, _req, { id }) => {
  const hook = findOwn(platform, id);
  return hook ? jsonResponse(200, { data: hook, meta: {} }) : notFound(id ?? '');
};

const updateHook: HookRoute = (platform, req, { id }) => {
  const hook = findOwn(platform, id);
  if (!hook) return notFound(id ?? '');
  const body = jsonBody(req);
  if (!('value' in body)) return body;
  const read = readHook(body.value, false, platform.config.origin);
  if ('error' in read) return read.error;
  const { fields } = read;
  const scope = fields.scope ?? hook.scope;
  const destination = fields.destination ?? hook.destination;
  const limited = limitProblem(ownHooks(platform), scope, destination, hook.id);
  if (limited) return limited;
  Object.assign(hook, fields, { updated_at: Math.floor(platform.clock.now() / 1000) });
  return jsonResponse(200, { data: hook, meta: {} });
};

const deleteHook: HookRoute = (platform, _req, { id }) => {
  const hook = findOwn(platform, id);
  if (!hook) return notFound(id ?? '');
  platform.hooks.remove(hook.id);
  return jsonResponse(200, { data: hook, meta: {} });
};

/** The webhook routes, as `[method, path, route]` for the Management API's router. */
export const webhookRoutes: [method: string, path: string, route: HookRoute][] = [
  ['GET', '/v3/hooks', listHooks],
  ['POST', '/v3/hooks', createHook],
  ['GET', '/v3/hooks/:id', getHook],
  ['PUT', '/v3/hooks/:id', updateHook],
  ['DELETE', '/v3/hooks/:id', deleteHook],
];
