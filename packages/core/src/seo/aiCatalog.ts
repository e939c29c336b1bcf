import type { JsonLdObject } from './HeadDescriptor.js';
import { textResponse, type SeoHandler } from './anonymousRequest.js';
import { safeHttpUrl } from './safeUrl.js';

/**
 * The media types the Agentic Resource Discovery (ARD) conformance test accepts for an entry;
 * Lighthouse's `ard-schema` audit (core/audits/agentic/ard-schema.js, porting
 * ards-project/ard-spec's conformance-test) warns on any other.
 */
export const AI_CATALOG_MEDIA_TYPES = [
  'application/ai-catalog+json',
  'application/agent-card+json',
  'application/a2a-agent-card+json',
  'application/mcp-server-card+json',
  'application/agent-skills+zip',
  'application/agent-skills+gzip',
  'text/markdown; profile="urn:air:agent-skills"',
  'application/ai-registry',
  'application/ai-registry+json',
] as const;

/** One agent resource the store offers (an MCP server card, an A2A agent card, a skill, a nested catalog). */
export interface AiCatalogEntry {
  /** `urn:air:<your domain>:<namespace>:<name>`, e.g. `urn:air:shop.example:mcp:catalog`. */
  identifier: string;
  displayName: string;
  type: (typeof AI_CATALOG_MEDIA_TYPES)[number];
  /** Where the artifact is (exactly one of `url` and `data`). */
  url?: string;
  /** The artifact inline (exactly one of `url` and `data`). */
  data?: JsonLdObject;
  description?: string;
  tags?: string[];
  capabilities?: string[];
  /** 2 to 5 example questions the resource answers; Lighthouse warns when missing. */
  representativeQueries: string[];
  version?: string;
  updatedAt?: string;
}

/** What `buildAiCatalog` describes: the catalog's operator and its entries (may be none). */
export interface AiCatalogInput {
  host: { displayName: string; identifier?: string; documentationUrl?: string };
  entries?: readonly AiCatalogEntry[];
}

// The ARD conformance test's identifier pattern: urn:air:<publisher>[:<namespace>]:<name>.
const URN = /^urn:air:([a-zA-Z0-9.-]+)(?::([a-zA-Z0-9._:-]+))?:([a-zA-Z0-9._-]+)$/;

/**
 * An `ai-catalog.json` manifest (ARD spec 1.0, agenticresourcediscovery.org/spec) built to pass
 * Lighthouse's `ard-schema` audit with no error and no warning: `specVersion: "1.0"`, an `entries`
 * array, and per entry a `urn:air:` identifier, a `displayName`, a standard media `type`, exactly one
 * of `url` (absolute http(s)) and `data`, and 2–5 `representativeQueries`. Throws a `TypeError`
 * naming the entry and the rule it breaks.
 */
export function buildAiCatalog(input: AiCatalogInput): JsonLdObject {
  const host = input?.host;
  if (!host?.displayName?.trim()) throw new TypeError('buildAiCatalog: input.host.displayName is required (the store’s name).');
  const hostOut: JsonLdObject = { displayName: host.displayName.trim() };
  if (host.identifier) hostOut.identifier = host.identifier;
  if (host.documentationUrl) {
    const docs = safeHttpUrl(host.documentationUrl);
    if (!docs) throw new TypeError('buildAiCatalog: input.host.documentationUrl must be an absolute http(s) URL.');
    hostOut.documentationUrl = docs;
  }
  const entries = (input.entries ?? []).map((entry, i): JsonLdObject => {
    const label = `entries[${i}]${entry?.displayName ? ` (${entry.displayName})` : ''}`;
    const fail = (rule: string): never => {
      throw new TypeError(`buildAiCatalog: ${label} ${rule}.`);
    };
    const match = URN.exec(entry.identifier ?? '');
    if (!match) fail('needs an identifier like urn:air:shop.example:mcp:catalog');
    if (host.identifier && match![1] !== host.identifier) fail(`has publisher ${match![1]} in its identifier but the host is ${host.identifier}; the URN must name the host's domain`);
    if (!entry.displayName?.trim()) fail('needs a displayName');
    if (!(AI_CATALOG_MEDIA_TYPES as readonly string[]).includes(entry.type)) fail(`has type ${JSON.stringify(entry.type)}; use one of ${AI_CATALOG_MEDIA_TYPES.join(', ')}`);
    if ((entry.url === undefined) === (entry.data === undefined)) fail('must have exactly one of url and data');
    const queries = entry.representativeQueries;
    if (!Array.isArray(queries) || queries.length < 2 || queries.length > 5 || queries.some((q) => typeof q !== 'string' || !q.trim())) fail('needs 2 to 5 representativeQueries (non-empty strings)');
    const out: JsonLdObject = { identifier: entry.identifier, displayName: entry.displayName.trim(), type: entry.type };
    if (entry.url !== undefined) out.url = safeHttpUrl(entry.url) ?? fail('has a url that is not an absolute http(s) URL');
    else out.data = entry.data!;
    if (entry.description) out.description = entry.description;
    if (entry.tags?.length) out.tags = [...entry.tags];
    if (entry.capabilities?.length) out.capabilities = [...entry.capabilities];
    out.representativeQueries = [...queries];
    if (entry.version) out.version = entry.version;
    if (entry.updatedAt) out.updatedAt = entry.updatedAt;
    return out;
  });
  return { specVersion: '1.0', host: hostOut, entries };
}

/**
 * A Fetch handler answering `GET /.well-known/ai-catalog.json` (where Lighthouse looks unless
 * robots.txt's `Agentmap:`, a `<link rel="ai-catalog">` or a `Link` header says otherwise) as
 * `application/json` readable from any origin, as ARD asks.
 */
export function createAiCatalogHandler(input: AiCatalogInput): SeoHandler {
  const body = JSON.stringify(buildAiCatalog(input), null, 2);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' },
    });
  };
}
