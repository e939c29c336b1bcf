import { graphql } from '../queries/documents/GraphQLDocument.js';
import type { ServerClient } from '../server/createServerClient.js';
import { anonymousRequest, textResponse, type SeoHandler } from './anonymousRequest.js';
import { plainText, truncateText } from './plainText.js';
import { safeHttpUrl } from './safeUrl.js';

/** One link of an llms.txt section. */
export interface LlmsTxtLink {
  title: string;
  url: string;
  description?: string | null;
}

/** What `buildLlmsTxt` writes (llmstxt.org: an H1, a blockquote summary, then H2 sections of links). */
export interface LlmsTxtInput {
  /** The site's name: the H1. */
  name: string;
  /** One or two sentences on what the store sells. */
  summary?: string | null;
  /** Sections of links; `Optional` is llmstxt.org's name for the ones an agent may skip. */
  sections: readonly { title: string; links: readonly LlmsTxtLink[] }[];
}

// Markdown inline text: no line breaks (they would end the item or start a heading) and no
// brackets that would close the link text early.
const inline = (text: string | null | undefined, max: number) => truncateText(plainText(text).replace(/[[\]\\`*_<>]/g, (ch) => `\\${ch}`), max);
// Parentheses and spaces in a link target would end it early; they are percent-encoded instead.
const target = (url: string) => url.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/**
 * The text of an llms.txt (llmstxt.org). Lighthouse's "llms.txt" audit (Agentic Browsing category,
 * core/audits/agentic/llms-txt.js) fails a file without an H1, without a Markdown link, or under 50
 * characters: this throws a `TypeError` rather than write such a file. Links that are not absolute
 * http(s) URLs are dropped.
 */
export function buildLlmsTxt(input: LlmsTxtInput): string {
  const name = inline(input?.name, 200);
  if (!name) throw new TypeError('buildLlmsTxt: input.name (the H1) is empty; pass the store’s name.');
  const out = [`# ${name}`, ''];
  const summary = inline(input.summary, 500);
  if (summary) out.push(`> ${summary}`, '');
  let links = 0;
  for (const section of input.sections ?? []) {
    const items = section.links.flatMap((link) => {
      const url = safeHttpUrl(link.url);
      const title = inline(link.title, 200);
      if (!url || !title) return [];
      const note = inline(link.description, 300);
      return [`- [${title}](${target(url)})${note ? `: ${note}` : ''}`];
    });
    if (!items.length) continue;
    links += items.length;
    out.push(`## ${inline(section.title, 100) || 'Links'}`, '', ...items, '');
  }
  const text = out.join('\n');
  if (!links) throw new TypeError('buildLlmsTxt: no section has a link with an absolute http(s) URL; an llms.txt without links fails Lighthouse’s llms.txt audit.');
  if (text.length < 50) throw new TypeError('buildLlmsTxt: the file would be under 50 characters, which Lighthouse’s llms.txt audit calls suspiciously short; add a summary.');
  return text;
}

interface LlmsTxtResult {
  site: { settings: { storeName: string } | null; categoryTree: { name: string; path: string; description: string }[] };
}

/** The store's name and top-level categories, for the llms.txt handler. */
export const LLMS_TXT = graphql<LlmsTxtResult, Record<string, never>>(`query BcHeadlessLlmsTxt {
  site {
    settings { storeName }
    categoryTree { name path description }
  }
}`);

/** Options of `createLlmsTxtHandler`. */
export interface LlmsTxtHandlerOptions {
  /** The server client (`createServerClient`); read anonymously. */
  client: ServerClient;
  /** The storefront's origin, e.g. `https://shop.example`. */
  origin: string;
  /** The blockquote under the title. */
  summary?: string;
  /** A category's absolute URL from its path (default: the path on `origin`). */
  urlFor?: (path: string) => string;
  /** Sections after `Categories` (e.g. shipping and returns pages). */
  sections?: LlmsTxtInput['sections'];
  /** The sitemap index's path, listed under `Optional` (default `/sitemap.xml`; `null` for none). */
  sitemapPath?: string | null;
}

/**
 * A Fetch handler answering `GET /llms.txt`: the store's name as H1, the summary, its top-level
 * categories as links with their descriptions, the caller's sections, and the sitemap.
 */
export function createLlmsTxtHandler(options: LlmsTxtHandlerOptions): SeoHandler {
  const origin = safeHttpUrl(options?.origin);
  if (!origin) throw new TypeError('createLlmsTxtHandler: options.origin must be the storefront’s absolute http(s) origin, e.g. https://shop.example.');
  const site = new URL(origin).origin;
  const urlFor = options.urlFor ?? ((path: string) => new URL(path, site).href);
  const sitemapPath = options.sitemapPath === undefined ? '/sitemap.xml' : options.sitemapPath;
  return async (request, context) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    const { site: data } = await anonymousRequest(options.client, request, context, 'createLlmsTxtHandler')(LLMS_TXT);
    const body = buildLlmsTxt({
      name: data.settings?.storeName ?? new URL(site).host,
      summary: options.summary,
      sections: [
        { title: 'Categories', links: data.categoryTree.map((c) => ({ title: c.name, url: urlFor(c.path), description: c.description })) },
        ...(options.sections ?? []),
        ...(sitemapPath ? [{ title: 'Optional', links: [{ title: 'Sitemap', url: `${site}${sitemapPath}`, description: 'every product and category page' }] }] : []),
      ],
    });
    return new Response(request.method === 'HEAD' ? null : body, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
  };
}
