import { addRoute, createRouter, findRoute } from 'rou3';
import { describeFault } from '../faults/FaultInjector.js';
import { parseFaultRequest } from '../faults/parseFaultRequest.js';
import { renderInspectorPage } from '../inspector/renderInspectorPage.js';
import { TEST_CARDS } from '../payments/testCards.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { customerLogins } from '../store/customerLogins.js';
import { customerLoginClient } from '../tokens/customerLoginClient.js';
import { bcError, htmlResponse, isRecord, jsonResponse, parseJsonBody } from './responses.js';
import type { SandboxPlatform } from './SandboxPlatform.js';

const MAX_ADVANCE_MS = 10 * 365 * 86_400_000;

/** The connection details `GET /__sandbox/config` and the CLI show. */
export function connectionDetails(platform: SandboxPlatform): Record<string, unknown> {
  const { config } = platform;
  return {
    ...config,
    graphqlUrl: `${config.origin}/graphql`,
    paymentsUrl: `${config.origin}/stores/${config.storeHash}/payments`,
    managementApiUrl: `${config.origin}/stores/${config.storeHash}/v3`,
    inspectorUrl: `${config.origin}/__sandbox`,
    customers: customerLogins(platform.store),
    // The client a Customer Login JWT (loginWithCustomerLoginJwt) is signed for: iss and HS256 key.
    customerLoginClient: customerLoginClient(platform.keys),
    testCards: TEST_CARDS,
  };
}

/** One sandbox endpoint: what it answers. */
type AdminRoute = (platform: SandboxPlatform, req: SandboxRequest) => SandboxResponse;

const inspector: AdminRoute = (platform, req) => {
  const correlationId = req.url.searchParams.get('correlationId');
  const entries = platform.log.list(correlationId === null ? {} : { correlationId });
  const refresh = Number(req.url.searchParams.get('refresh'));
  const refreshSeconds = Number.isInteger(refresh) && refresh >= 1 && refresh <= 60 ? refresh : null;
  return htmlResponse(200, renderInspectorPage(entries, correlationId, refreshSeconds, platform.webhooks.deliveries()), { 'cache-control': 'no-store' });
};

const requests: AdminRoute = (platform, req) => {
  const correlationId = req.url.searchParams.get('correlationId');
  return jsonResponse(200, { data: platform.log.list(correlationId === null ? {} : { correlationId }) });
};

const ledger: AdminRoute = (platform, req) => {
  const raw = req.url.searchParams.get('orderId');
  if (raw !== null && !/^\d+$/.test(raw)) return bcError(400, 'orderId must be an integer', { detail: 'Use /__sandbox/ledger?orderId=123.' });
  return jsonResponse(200, { data: platform.ledger.list(raw === null ? {} : { orderId: Number(raw) }) });
};

// The emails the store "sent" (password reset links), optionally to one address: how a test or a
// developer follows a reset link without a mail server.
const outbox: AdminRoute = (platform, req) => {
  const to = req.url.searchParams.get('to')?.trim().toLowerCase();
  return jsonResponse(200, { data: platform.store.outbox.filter((m) => !to || m.to.toLowerCase() === to) });
};

const reset: AdminRoute = (platform) => {
  platform.reset();
  return jsonResponse(200, { data: { reset: true } });
};

const clockNow: AdminRoute = (platform) => jsonResponse(200, { data: { now: new Date(platform.clock.now()).toISOString() } });

const advanceClock: AdminRoute = (platform, req) => {
  const body = parseJsonBody(req.body);
  const advanceMs = isRecord(body) ? body.advanceMs : undefined;
  // Capped at ten years: beyond that dates stop being representable and every request would fail.
  if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0 || advanceMs > MAX_ADVANCE_MS)
    return bcError(400, 'advanceMs must be a number of milliseconds from 0 to ten years', {
      detail: 'POST /__sandbox/clock with { "advanceMs": 300000 } moves the sandbox clock forward five minutes.',
    });
  platform.clock.advance(advanceMs);
  return clockNow(platform, req);
};

const listFaults: AdminRoute = (platform) => jsonResponse(200, { data: platform.faults.list().map((r) => ({ ...r, description: describeFault(r) })) });

const clearFaults: AdminRoute = (platform) => {
  platform.faults.clear();
  return jsonResponse(200, { data: [] });
};

const addFault: AdminRoute = (platform, req) => {
  const parsed = parseFaultRequest(parseJsonBody(req.body));
  if (!parsed.ok) return bcError(400, 'Invalid fault', { detail: parsed.message });
  const rule = platform.faults.add(parsed.rule);
  return jsonResponse(201, { data: { ...rule, description: describeFault(rule) } });
};

// Outgoing webhook callbacks are not requests to the sandbox, so the request log does not hold them;
// this list does, every attempt with its answer and the payload sent.
const webhookDeliveries: AdminRoute = (platform, req) => {
  const raw = req.url.searchParams.get('hookId');
  if (raw !== null && !/^\d{1,10}$/.test(raw)) return bcError(400, 'hookId must be an integer', { detail: 'Use /__sandbox/webhooks/deliveries?hookId=18000001.' });
  const all = platform.webhooks.deliveries();
  return jsonResponse(200, { data: raw === null ? all : all.filter((d) => d.hookId === Number(raw)) });
};

const notAllowed: AdminRoute = (_platform, req) =>
  bcError(405, 'Method Not Allowed', { detail: `${req.method} is not supported on ${adminPath(req)}.` });

// Each endpoint with the methods it answers; any other method on a known path is a 405.
const router = createRouter<AdminRoute>();
const routes: Record<string, Record<string, AdminRoute>> = {
  '/__sandbox': { GET: inspector },
  '/__sandbox/config': { GET: (platform) => jsonResponse(200, connectionDetails(platform)) },
  '/__sandbox/requests': { GET: requests },
  '/__sandbox/ledger': { GET: ledger },
  '/__sandbox/outbox': { GET: outbox },
  '/__sandbox/reset': { POST: reset },
  '/__sandbox/clock': { GET: clockNow, POST: advanceClock },
  '/__sandbox/faults': { GET: listFaults, POST: addFault, DELETE: clearFaults },
  '/__sandbox/webhooks/deliveries': { GET: webhookDeliveries },
};
for (const [path, methods] of Object.entries(routes)) {
  for (const [method, route] of Object.entries(methods)) addRoute(router, method, path, route);
  addRoute(router, '', path, notAllowed);
}

// Trailing slashes do not matter here (`/__sandbox/` is the inspector).
function adminPath(req: SandboxRequest): string {
  return req.url.pathname.replace(/\/+$/, '');
}

/** The sandbox's own endpoints under `/__sandbox` (not BigCommerce's; never logged by the inspector). */
export function sandboxAdminRoute(platform: SandboxPlatform, req: SandboxRequest): SandboxResponse {
  const path = adminPath(req);
  const match = findRoute(router, req.method, path);
  if (match) return match.data(platform, req);
  return bcError(404, 'Not Found', { detail: `No sandbox endpoint ${path}; see GET /__sandbox/config.` });
}
