import { STATUS_CODES } from 'node:http';
import { BC_ERROR_TYPE } from '../http/responses.js';
import type { SandboxResponse } from '../SandboxRequest.js';
import type { FaultSpec } from './FaultInjector.js';

/** Waits real time (faults simulate a slow network, which the sandbox clock cannot). Never keeps the process alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * Builds the answer a fault gives. `real` is the handler's response when the fault runs after the
 * handler; a status-only fault then replaces it, a malformed-body fault truncates it.
 */
export function faultResponse(fault: FaultSpec, real: SandboxResponse | null): SandboxResponse {
  if (fault.drop) return { drop: true };
  const realOk = real && !('drop' in real) ? real : null;
  if (fault.malformedBody) {
    const status = fault.status ?? realOk?.status ?? 200;
    const source = realOk?.body !== undefined ? Buffer.from(realOk.body).toString('utf8') : '{"data":{"site":{"products":{"edges":[{"node":';
    return {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...retryAfter(fault) },
      body: source.slice(0, Math.max(1, Math.floor(source.length / 2))),
    };
  }
  if (fault.status !== undefined) {
    const title = STATUS_CODES[fault.status] ?? 'Error';
    return {
      status: fault.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...retryAfter(fault) },
      body: JSON.stringify({ status: fault.status, title, type: BC_ERROR_TYPE }),
    };
  }
  // A delay-only fault answers normally once the delay is over.
  return real ?? { drop: true };
}

function retryAfter(fault: FaultSpec): Record<string, string> {
  return fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
}
