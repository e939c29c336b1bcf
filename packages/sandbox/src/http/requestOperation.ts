import type { SandboxRequest } from '../SandboxRequest.js';
import { isRecord, parseJsonBody } from './responses.js';

const OPERATION = /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/**
 * The GraphQL operation a request names (its `operationName`, else the first named operation in
 * the document), read before the handler runs so faults can match on it. Null for other requests.
 */
export function requestOperation(req: SandboxRequest): { name: string | null; type: string | null } {
  if (req.url.pathname !== '/graphql') return { name: null, type: null };
  let query: unknown;
  let operationName: unknown;
  if (req.method === 'GET') {
    query = req.url.searchParams.get('query');
    operationName = req.url.searchParams.get('operationName');
  } else {
    const body = parseJsonBody(req.body);
    if (!isRecord(body)) return { name: null, type: null };
    query = body.query;
    operationName = body.operationName;
  }
  const match = typeof query === 'string' ? OPERATION.exec(query) : null;
  const name = typeof operationName === 'string' && operationName !== '' ? operationName : (match?.[2] ?? null);
  let type = match?.[1] ?? null;
  if (type === null && typeof query === 'string' && /^\s*\{/.test(query)) type = 'query';
  return { name, type };
}
