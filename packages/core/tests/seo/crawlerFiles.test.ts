import { defaultSeed } from '@bc-headless/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AI_CATALOG_MEDIA_TYPES,
  buildAiCatalog,
  buildLlmsTxt,
  buildRobotsTxt,
  createAiCatalogHandler,
  createLlmsTxtHandler,
  createRobotsTxtHandler,
  DEFAULT_DISALLOW,
  type AiCatalogEntry,
} from '../../src/seo/index.js';
import { startSeoServer, type SeoStack } from './support/startSeoServer.js';

const origin = 'https://shop.example';

/** Lighthouse 13's `llms-txt` audit, as core/audits/agentic/llms-txt.js checks a 2xx file. */
const lighthouseLlmsTxtErrors = (content: string) => [
  ...(/^#\s+.+/m.test(content) ? [] : ['missing H1']),
  ...(/\[.+\]\(.+\)/.test(content) ? [] : ['no links']),
  ...(content.length < 50 ? ['too short'] : []),
];

/** Lighthouse 13's `ard-schema` audit: the ARD conformance test's checks (third-party/ard/ard.js) plus its representativeQueries warning. */
function lighthouseArdIssues(raw: string): string[] {
  const issues: string[] = [];
  const data = JSON.parse(raw);
  if (data.specVersion !== '1.0') issues.push('specVersion');
  if (!Array.isArray(data.entries)) return [...issues, 'entries'];
  if ('collections' in data) issues.push('collections');
  for (const entry of data.entries) {
    if (!/^urn:air:([a-zA-Z0-9.-]+)(?::([a-zA-Z0-9._:-]+))?:([a-zA-Z0-9._-]+)$/.test(entry.identifier ?? '')) issues.push('identifier');
    if (!entry.displayName) issues.push('displayName');
    if (!(AI_CATALOG_MEDIA_TYPES as readonly string[]).includes(entry.type)) issues.push('type');
    if ((entry.url !== undefined) === (entry.data !== undefined)) issues.push('url/data');
    const q = entry.representativeQueries;
    if (!q?.length || q.length < 2 || q.length > 5 || q.some((s: unknown) => typeof s !== 'string')) issues.push('representativeQueries');
  }
  return issues;
}

describe('robots.txt', () => {
  it('disallows cart, checkout, account, login, search and API paths, and points at the sitemap and the agent catalog', async () => {
    const handler = createRobotsTxtHandler({ origin: `${origin}/ignored?x`, pathPrefixes: ['/fr', '/de/'], agentmapPath: '/.well-known/ai-catalog.json' });
    const response = await handler(new Request(`${origin}/robots.txt`));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('User-agent: *');
    for (const path of DEFAULT_DISALLOW) for (const prefix of ['', '/fr', '/de']) expect(lines).toContain(`Disallow: ${prefix}${path}`);
    expect(lines).toContain('Sitemap: https://shop.example/sitemap.xml');
    expect(lines).toContain('Agentmap: https://shop.example/.well-known/ai-catalog.json');
    expect(DEFAULT_DISALLOW).toEqual(['/cart', '/checkout', '/account', '/login', '/search', '/api/']);
  });

  it('is configurable, and refuses values that would inject directives', () => {
    expect(buildRobotsTxt({ origin, disallow: ['/basket'], sitemapPath: null })).toBe('User-agent: *\nDisallow: /basket\nAllow: /\n\n');
    expect(() => buildRobotsTxt({ origin, disallow: ['/x\nAllow: /cart'] })).toThrow(/must be a path starting with \/ and without spaces or line breaks/);
    expect(() => buildRobotsTxt({ origin, sitemapPath: '/s.xml\r\nDisallow:' })).toThrow(/sitemapPath/);
    expect(() => buildRobotsTxt({ origin: 'javascript:alert(1)' })).toThrow(/options\.origin/);
  });
});

describe('llms.txt', () => {
  let stack: SeoStack;
  beforeAll(async () => {
    stack = await startSeoServer();
  });
  afterAll(() => stack.close());

  it('over HTTP: the store’s name, summary and categories from BigCommerce, passing Lighthouse’s llms.txt checks', async () => {
    stack.mount({ '/llms.txt': createLlmsTxtHandler({ client: stack.client, origin, summary: 'Coffee and outdoor gear.', urlFor: (p) => `${origin}/en${p}`, sections: [{ title: 'Help', links: [{ title: 'Shipping', url: `${origin}/shipping/` }] }] }) });
    const response = await fetch(`${stack.url}/llms.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(lighthouseLlmsTxtErrors(text)).toEqual([]);
    expect(text.startsWith(`# ${defaultSeed.storeName}\n\n> Coffee and outdoor gear.\n\n## Categories\n\n`)).toBe(true);
    // categoryTree's top level: sub-categories are not listed.
    for (const c of defaultSeed.categories.filter((c) => !c.parentEntityId)) expect(text).toContain(`- [${c.name.en}](${origin}/en/${c.slug}/): ${c.description.en}`);
    expect(text).not.toContain('Brewing');
    expect(text).toContain(`## Help\n\n- [Shipping](${origin}/shipping/)`);
    expect(text).toContain(`## Optional\n\n- [Sitemap](${origin}/sitemap.xml)`);
    expect(stack.sent.at(-1)).toBe('BcHeadlessLlmsTxt');
  });

  it('neutralises hostile names, descriptions and URLs', () => {
    const text = buildLlmsTxt({
      name: 'Shop\n# Injected heading',
      summary: 'Line one\n\n## Fake section\n<script>alert(1)</script>',
      sections: [{ title: 'Links', links: [{ title: 'Evil](javascript:alert(1)) [x', url: 'https://shop.example/a (b)' }, { title: 'JS', url: 'javascript:alert(1)' }, { title: 'Data', url: 'data:text/html,x' }] }],
    });
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Shop # Injected heading', '## Links']);
    // Every real link (an unescaped `](`) targets an http(s) URL; the hostile ones stayed text or were dropped.
    expect([...text.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['https://shop.example/a%20%28b%29']);
    expect(text).not.toMatch(/data:|<script>/);
    expect(text).toContain('- [Evil\\](javascript:alert(1)) \\[x](https://shop.example/a%20%28b%29)');
    expect(lighthouseLlmsTxtErrors(text)).toEqual([]);
  });

  it('refuses to write a file Lighthouse would fail', () => {
    expect(() => buildLlmsTxt({ name: '', sections: [{ title: 'x', links: [{ title: 'a', url: origin }] }] })).toThrow(/input\.name \(the H1\) is empty/);
    expect(() => buildLlmsTxt({ name: 'Shop', sections: [{ title: 'x', links: [{ title: 'a', url: 'javascript:x' }] }] })).toThrow(/no section has a link/);
    expect(() => buildLlmsTxt({ name: 'S', sections: [{ title: 'x', links: [{ title: 'a', url: 'https://a.io' }] }] })).toThrow(/under 50 characters/);
  });
});

describe('ai-catalog.json', () => {
  const entry = (overrides: Partial<AiCatalogEntry> = {}): AiCatalogEntry => ({
    identifier: 'urn:air:shop.example:mcp:catalog',
    displayName: 'Catalog MCP server',
    type: 'application/mcp-server-card+json',
    url: 'https://shop.example/.well-known/mcp/server-card.json',
    representativeQueries: ['Which mugs keep coffee hot?', 'Show me rain jackets under $100'],
    ...overrides,
  });

  it('serves a manifest with no ARD conformance error or Lighthouse warning, as JSON readable from any origin', async () => {
    const handler = createAiCatalogHandler({ host: { displayName: 'Trailhead', identifier: 'shop.example' }, entries: [entry()] });
    const response = await handler(new Request(`${origin}/.well-known/ai-catalog.json`));
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const raw = await response.text();
    expect(lighthouseArdIssues(raw)).toEqual([]);
    expect(JSON.parse(raw)).toEqual({ specVersion: '1.0', host: { displayName: 'Trailhead', identifier: 'shop.example' }, entries: [entry()] });
    // A store with no agent resources yet publishes an empty, still valid, catalog.
    expect(lighthouseArdIssues(JSON.stringify(buildAiCatalog({ host: { displayName: 'Trailhead' } })))).toEqual([]);
  });

  it('refuses each rule the audit checks, naming the entry', () => {
    const build = (e: Partial<AiCatalogEntry>) => () => buildAiCatalog({ host: { displayName: 'T', identifier: 'shop.example' }, entries: [entry(e)] });
    expect(build({ identifier: 'catalog' })).toThrow(/entries\[0\] \(Catalog MCP server\) needs an identifier like urn:air:/);
    expect(build({ identifier: 'urn:air:evil.example:mcp:catalog' })).toThrow(/publisher evil\.example .* host is shop\.example/);
    expect(build({ displayName: ' ' })).toThrow(/needs a displayName/);
    expect(build({ type: 'application/json' as never })).toThrow(/has type "application\/json"/);
    expect(build({ data: { a: 1 } })).toThrow(/exactly one of url and data/);
    expect(build({ url: undefined })).toThrow(/exactly one of url and data/);
    expect(build({ url: 'javascript:alert(1)' })).toThrow(/url that is not an absolute http\(s\) URL/);
    expect(build({ representativeQueries: ['one'] })).toThrow(/2 to 5 representativeQueries/);
    expect(build({ representativeQueries: ['1', '2', '3', '4', '5', '6'] })).toThrow(/2 to 5 representativeQueries/);
    expect(() => buildAiCatalog({ host: { displayName: '' } })).toThrow(/host\.displayName is required/);
  });
});
