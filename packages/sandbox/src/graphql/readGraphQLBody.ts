import type { SandboxRequest } from '../SandboxRequest.js';

/** A parsed GraphQL-over-HTTP request body. */
export interface GraphQLBody {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

/** Reads `{ query, variables, operationName }` from a POST body, or says which 4xx to answer. */
export function readGraphQLBody(req: SandboxRequest): { ok: true; body: GraphQLBody } | { ok: false; status: number; message: string } {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, status: 415, message: `Unsupported Content-Type "${type || '(none)'}": the GraphQL Storefront API takes a JSON body; send Content-Type: application/json.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body.toString('utf8'));
  } catch (error) {
    return { ok: false, status: 400, message: `Malformed JSON body: ${(error as Error).message}. Send {"query": "...", "variables": {...}}.` };
  }
  if (Array.isArray(parsed)) return { ok: false, status: 400, message: 'Batched GraphQL requests are not supported: send one {"query": ...} object per request.' };
  if (!parsed || typeof parsed !== 'object') return { ok: false, status: 400, message: 'Invalid body: expected a JSON object {"query": "...", "variables": {...}}.' };
  const { query, variables, operationName } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || !query.trim()) return { ok: false, status: 400, message: 'Invalid body: "query" must be a non-empty string holding a GraphQL document.' };
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return { ok: false, status: 400, message: 'Invalid body: "variables" must be a JSON object (or omitted).' };
  }
  if (operationName != null && typeof operationName !== 'string') return { ok: false, status: 400, message: 'Invalid body: "operationName" must be a string (or omitted).' };
  return { ok: true, body: { query, variables: (variables as Record<string, unknown> | null) ?? {}, operationName: (operationName as string | null) ?? null } };
}
