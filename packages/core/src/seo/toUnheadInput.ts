import { serializeJsonForScript } from '../serializeJsonForScript.js';
import type { HeadDescriptor } from './HeadDescriptor.js';

/** The subset of Unhead's `useHead` input the descriptors map onto (Nuxt's `useHead`). */
export interface UnheadInput {
  title?: string;
  meta: ({ name: string; content: string } | { property: string; content: string })[];
  link: { rel: string; href: string; hreflang?: string }[];
  script: { type: 'application/ld+json'; innerHTML: string; nonce?: string }[];
}

/**
 * The descriptors as Unhead's `useHead` input (Nuxt): `title`, `meta`, `link`, and JSON-LD
 * `script`s whose `innerHTML` is already `serializeJsonForScript`'s safe text. `nonce` is set on
 * each script when given.
 */
export function toUnheadInput(descriptors: readonly HeadDescriptor[], options: { nonce?: string } = {}): UnheadInput {
  const out: UnheadInput = { meta: [], link: [], script: [] };
  for (const d of descriptors) {
    if ('title' in d) out.title = d.title;
    else if ('script:ld+json' in d) out.script.push({ type: 'application/ld+json', innerHTML: serializeJsonForScript(d['script:ld+json']), ...(options.nonce ? { nonce: options.nonce } : {}) });
    else if ('tagName' in d) out.link.push(d.hreflang ? { rel: d.rel, hreflang: d.hreflang, href: d.href } : { rel: d.rel, href: d.href });
    else out.meta.push(d);
  }
  return out;
}
