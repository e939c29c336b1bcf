import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { faultResponse, sleep } from '../faults/applyFault.js';
import { describeFault, type FaultRule } from '../faults/FaultInjector.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { attributeClientIp, normalizeIp } from './attributeClientIp.js';
import { corsHeaders } from './cors.js';
import { readBody } from './readBody.js';
import { requestOperation } from './requestOperation.js';
import { bcError } from './responses.js';
import { routeRequest, type SandboxRoutes } from './routeRequest.js';
import type { SandboxPlatform } from './SandboxPlatform.js';

/** Where the sandbox reports its own bugs. */
export interface SandboxLogger {
  error(message: string, error?: unknown): void;
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function parseUrl(raw: string | undefined): URL {
  try {
    return new URL(`http://sandbox.invalid${raw?.startsWith('/') ? raw : `/${raw ?? ''}`}`);
  } catch {
    return new URL('http://sandbox.invalid/');
  }
}

function header(response: SandboxResponse, name: string): string | null {
  if ('drop' in response || !response.headers) return null;
  for (const [key, value] of Object.entries(response.headers)) if (key.toLowerCase() === name) return value;
  return null;
}

/** Whether a request is made for a signed-in customer: a valid customer access token or a hosted session. */
function inCustomerContext(platform: SandboxPlatform, headers: Record<string, string>): boolean {
  const token = headers['x-bc-customer-access-token'];
  if (token !== undefined && platform.store.customerForAccessToken(token) !== null) return true;
  return (platform.hostedSessions.fromCookieHeader(headers['cookie'])?.customerId ?? null) !== null;
}

function isInternal(path: string): boolean {
  return path === '/__sandbox' || path.startsWith('/__sandbox/');
}

/**
 * The sandbox's `node:http` request listener: reads the body (1 MB limit), attributes the client
 * IP, applies injected faults, routes, answers, and records the request for the inspector. A
 * handler that throws is a sandbox bug: it is logged and answered with 500; nothing ever escapes.
 */
export function createRequestListener(platform: SandboxPlatform, routes: SandboxRoutes, logger: SandboxLogger): (req: IncomingMessage, res: ServerResponse) => void {
  const invoke = async (req: SandboxRequest): Promise<SandboxResponse> => {
    try {
      return await routeRequest(platform, routes, req);
    } catch (error) {
      logger.error(`bc-sandbox: internal error on ${req.method} ${req.url.pathname}`, error);
      return bcError(500, 'Internal Server Error', { detail: 'The sandbox hit a bug answering this request; its log has the details.' });
    }
  };

  const withFault = async (rule: FaultRule, req: SandboxRequest): Promise<SandboxResponse> => {
    const { fault } = rule;
    if (rule.afterHandler) {
      const real = await invoke(req);
      if (fault.delayMs) await sleep(fault.delayMs);
      return faultResponse(fault, real);
    }
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.status === undefined && !fault.drop && !fault.malformedBody) return invoke(req);
    return faultResponse(fault, null);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const now = new Date(platform.clock.now());
    const time = Number.isNaN(now.getTime()) ? new Date().toISOString() : now.toISOString();
    const url = parseUrl(req.url);
    const headers = lowerCaseHeaders(req);
    const connectionIp = normalizeIp(req.socket.remoteAddress);
    const { body, tooLarge } = await readBody(req);
    const sreq: SandboxRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      url,
      headers,
      body,
      clientIp: attributeClientIp(headers, connectionIp, platform.config.trustedProxySecret),
      connectionIp,
    };
    const internal = isInternal(url.pathname);
    const operation = internal ? { name: null, type: null } : requestOperation(sreq);
    const customer = !internal && inCustomerContext(platform, headers);

    let response: SandboxResponse;
    let faultLabel: string | null = null;
    if (tooLarge) {
      response = bcError(413, 'Request Entity Too Large', { detail: 'Request bodies are limited to 1 MB, as on BigCommerce.' }, { connection: 'close' });
    } else {
      const rule = internal ? null : platform.faults.take({ path: url.pathname, operationName: operation.name });
      faultLabel = rule ? describeFault(rule) : null;
      response = rule ? await withFault(rule, sreq) : await invoke(sreq);
    }
    // Before the answer goes out, so that what a client is told is on disk (with a data dir).
    platform.persist();

    if ('drop' in response) {
      req.socket.destroy();
    } else if (!res.destroyed) {
      res.writeHead(response.status, { ...response.headers, ...corsHeaders(sreq) });
      res.end(sreq.method === 'HEAD' ? undefined : response.body);
    }
    if (!internal) {
      platform.log.add({
        time,
        method: sreq.method,
        path: url.pathname,
        operationName: header(response, 'x-bc-graphql-operation-name') ?? operation.name,
        operationType: header(response, 'x-bc-graphql-operation-type') ?? operation.type,
        status: 'drop' in response ? null : response.status,
        durationMs: Math.round(performance.now() - started),
        clientIp: sreq.clientIp,
        connectionIp,
        customer,
        correlationId: headers['x-correlation-id'] ?? null,
        fault: faultLabel,
      });
    }
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('bc-sandbox: request listener failed', error);
      try {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ status: 500, title: 'Internal Server Error' }));
        } else res.destroy();
      } catch {
        // The socket is already gone; nothing left to answer.
      }
    });
  };
}
