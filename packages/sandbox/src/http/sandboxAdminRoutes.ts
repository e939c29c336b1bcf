import { describeFault } from '../faults/FaultInjector.js';
import { parseFaultRequest } from '../faults/parseFaultRequest.js';
import { renderInspectorPage } from '../inspector/renderInspectorPage.js';
import { TEST_CARDS } from '../payments/testCards.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { customerLogins } from '../store/customerLogins.js';
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
    testCards: TEST_CARDS,
  };
}

/** The sandbox's own endpoints under `/__sandbox` (not BigCommerce's; never logged by the inspector). */
export function sandboxAdminRoute(platform: SandboxPlatform, req: SandboxRequest): SandboxResponse {
  const path = req.url.pathname.replace(/\/+$/, '');
  const method = req.method;
  const notAllowed = () => bcError(405, 'Method Not Allowed', { detail: `${method} is not supported on ${path}.` });

  if (path === '/__sandbox') {
    if (method !== 'GET') return notAllowed();
    const correlationId = req.url.searchParams.get('correlationId');
    const entries = platform.log.list(correlationId === null ? {} : { correlationId });
    const refresh = Number(req.url.searchParams.get('refresh'));
    const refreshSeconds = Number.isInteger(refresh) && refresh >= 1 && refresh <= 60 ? refresh : null;
    return htmlResponse(200, renderInspectorPage(entries, correlationId, refreshSeconds), { 'cache-control': 'no-store' });
  }
  if (path === '/__sandbox/config') return method === 'GET' ? jsonResponse(200, connectionDetails(platform)) : notAllowed();
  if (path === '/__sandbox/requests') {
    if (method !== 'GET') return notAllowed();
    const correlationId = req.url.searchParams.get('correlationId');
    return jsonResponse(200, { data: platform.log.list(correlationId === null ? {} : { correlationId }) });
  }
  if (path === '/__sandbox/ledger') {
    if (method !== 'GET') return notAllowed();
    const raw = req.url.searchParams.get('orderId');
    if (raw !== null && !/^\d+$/.test(raw)) return bcError(400, 'orderId must be an integer', { detail: 'Use /__sandbox/ledger?orderId=123.' });
    return jsonResponse(200, { data: platform.ledger.list(raw === null ? {} : { orderId: Number(raw) }) });
  }
  if (path === '/__sandbox/reset') {
    if (method !== 'POST') return notAllowed();
    platform.reset();
    return jsonResponse(200, { data: { reset: true } });
  }
  if (path === '/__sandbox/clock') {
    if (method === 'GET') return jsonResponse(200, { data: { now: new Date(platform.clock.now()).toISOString() } });
    if (method !== 'POST') return notAllowed();
    const body = parseJsonBody(req.body);
    const advanceMs = isRecord(body) ? body.advanceMs : undefined;
    // Capped at ten years: beyond that dates stop being representable and every request would fail.
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0 || advanceMs > MAX_ADVANCE_MS)
      return bcError(400, 'advanceMs must be a number of milliseconds from 0 to ten years', {
        detail: 'POST /__sandbox/clock with { "advanceMs": 300000 } moves the sandbox clock forward five minutes.',
      });
    platform.clock.advance(advanceMs);
    return jsonResponse(200, { data: { now: new Date(platform.clock.now()).toISOString() } });
  }
  if (path === '/__sandbox/faults') {
    if (method === 'GET') return jsonResponse(200, { data: platform.faults.list().map((r) => ({ ...r, description: describeFault(r) })) });
    if (method === 'DELETE') {
      platform.faults.clear();
      return jsonResponse(200, { data: [] });
    }
    if (method !== 'POST') return notAllowed();
    const parsed = parseFaultRequest(parseJsonBody(req.body));
    if (!parsed.ok) return bcError(400, 'Invalid fault', { detail: parsed.message });
    const rule = platform.faults.add(parsed.rule);
    return jsonResponse(201, { data: { ...rule, description: describeFault(rule) } });
  }
  return bcError(404, 'Not Found', { detail: `No sandbox endpoint ${path}; see GET /__sandbox/config.` });
}
