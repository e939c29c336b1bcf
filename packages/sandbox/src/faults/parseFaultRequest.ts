import { isRecord } from '../http/responses.js';
import type { FaultRule } from './FaultInjector.js';

const MAX_DELAY_MS = 120_000;

/**
 * Validates a `POST /__sandbox/faults` body:
 * `{ match: { path?, operationName? }, count?, fault: { status?, retryAfter?, delayMs?, drop?, malformedBody? }, afterHandler? }`.
 * Returns the rule or a message saying what is wrong and how to fix it.
 */
export function parseFaultRequest(body: unknown): { ok: true; rule: Omit<FaultRule, 'id'> } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message: `POST /__sandbox/faults: ${message}` });
  if (!isRecord(body)) return fail('the body must be a JSON object like { "match": { "path": "/graphql" }, "count": 1, "fault": { "status": 503 } }.');
  const known = new Set(['match', 'count', 'fault', 'afterHandler']);
  const unknown = Object.keys(body).filter((k) => !known.has(k));
  if (unknown.length) return fail(`unknown field(s) ${unknown.join(', ')}; allowed: match, count, fault, afterHandler.`);

  const { match, count = 1, fault, afterHandler = false } = body;
  if (!isRecord(match)) return fail('"match" must be an object with "path" and/or "operationName".');
  const unknownMatch = Object.keys(match).filter((k) => k !== 'path' && k !== 'operationName');
  if (unknownMatch.length) return fail(`unknown match field(s) ${unknownMatch.join(', ')}; allowed: path, operationName.`);
  if (match.path === undefined && match.operationName === undefined) return fail('"match" needs "path" and/or "operationName".');
  if (match.path !== undefined && (typeof match.path !== 'string' || !match.path.startsWith('/')))
    return fail('"match.path" must be a string starting with "/" (end it with * to match a prefix).');
  if (match.operationName !== undefined && (typeof match.operationName !== 'string' || match.operationName === ''))
    return fail('"match.operationName" must be a non-empty string.');
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000)
    return fail('"count" must be an integer from 1 to 10000.');
  if (typeof afterHandler !== 'boolean') return fail('"afterHandler" must be true or false.');

  if (!isRecord(fault)) return fail('"fault" must be an object with status, retryAfter, delayMs, drop and/or malformedBody.');
  const knownFault = new Set(['status', 'retryAfter', 'delayMs', 'drop', 'malformedBody']);
  const unknownFault = Object.keys(fault).filter((k) => !knownFault.has(k));
  if (unknownFault.length) return fail(`unknown fault field(s) ${unknownFault.join(', ')}; allowed: ${[...knownFault].join(', ')}.`);
  const { status, retryAfter, delayMs, drop, malformedBody } = fault;
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599))
    return fail('"fault.status" must be an HTTP status from 200 to 599.');
  if (retryAfter !== undefined && (typeof retryAfter !== 'number' || !Number.isInteger(retryAfter) || retryAfter < 0))
    return fail('"fault.retryAfter" must be a non-negative integer number of seconds.');
  if (retryAfter !== undefined && status === undefined) return fail('"fault.retryAfter" needs "fault.status" (e.g. 429 or 503).');
  if (delayMs !== undefined && (typeof delayMs !== 'number' || !Number.isInteger(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS))
    return fail(`"fault.delayMs" must be an integer from 0 to ${MAX_DELAY_MS}.`);
  if (drop !== undefined && typeof drop !== 'boolean') return fail('"fault.drop" must be true or false.');
  if (malformedBody !== undefined && typeof malformedBody !== 'boolean') return fail('"fault.malformedBody" must be true or false.');
  if (drop && (status !== undefined || malformedBody)) return fail('"fault.drop" cannot be combined with "status" or "malformedBody": a dropped connection has no answer.');
  if (status === undefined && !drop && !malformedBody && !delayMs)
    return fail('"fault" must do something: set status, delayMs, drop or malformedBody.');

  return {
    ok: true,
    rule: {
      match: {
        ...(match.path !== undefined ? { path: match.path as string } : {}),
        ...(match.operationName !== undefined ? { operationName: match.operationName as string } : {}),
      },
      remaining: count,
      fault: {
        ...(status !== undefined ? { status: status as number } : {}),
        ...(retryAfter !== undefined ? { retryAfter: retryAfter as number } : {}),
        ...(delayMs !== undefined ? { delayMs: delayMs as number } : {}),
        ...(drop ? { drop: true } : {}),
        ...(malformedBody ? { malformedBody: true } : {}),
      },
      afterHandler,
    },
  };
}
