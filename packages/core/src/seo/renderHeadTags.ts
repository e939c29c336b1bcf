import { serializeJsonForScript } from '../serializeJsonForScript.js';
import type { HeadDescriptor, JsonLdObject } from './HeadDescriptor.js';

/** Options of `renderHeadTags` and `jsonLdScriptTag`. */
export interface RenderHeadOptions {
  /** The page's CSP nonce, written on `<script>` tags so a `script-src 'nonce-…'` policy runs them. */
  nonce?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
// A nonce is base64 (CSP's nonce-source grammar); anything else could break out of the attribute.
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;
// Attribute names come from the descriptor kinds below; values are always escaped.
const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

const nonceAttr = (nonce: string | undefined) => {
  if (nonce === undefined) return '';
  if (!NONCE.test(nonce)) throw new TypeError('renderHeadTags: options.nonce must be the base64 nonce of the page’s Content-Security-Policy.');
  return attr('nonce', nonce);
};

/** `<script type="application/ld+json">` holding `data`, safe however hostile its text (see `serializeJsonForScript`). */
export function jsonLdScriptTag(data: JsonLdObject, options: RenderHeadOptions = {}): string {
  return `<script type="application/ld+json"${nonceAttr(options.nonce)}>${serializeJsonForScript(data)}</script>`;
}

/**
 * The descriptors as HTML for a template that takes raw head markup (SvelteKit's
 * `<svelte:head>{@html …}`, a string-rendered server page). Every text and attribute is escaped;
 * JSON-LD goes through `serializeJsonForScript`.
 */
export function renderHeadTags(descriptors: readonly HeadDescriptor[], options: RenderHeadOptions = {}): string {
  const nonce = nonceAttr(options.nonce);
  return descriptors
    .map((d) => {
      if ('title' in d) return `<title>${escapeHtml(d.title)}</title>`;
      if ('script:ld+json' in d) return `<script type="application/ld+json"${nonce}>${serializeJsonForScript(d['script:ld+json'])}</script>`;
      if ('tagName' in d) return `<link${attr('rel', d.rel)}${d.hreflang ? attr('hreflang', d.hreflang) : ''}${attr('href', d.href)}>`;
      if ('property' in d) return `<meta${attr('property', d.property)}${attr('content', d.content)}>`;
      return `<meta${attr('name', d.name)}${attr('content', d.content)}>`;
    })
    .join('\n');
}
