import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  buildHeadMeta,
  canonicalUrl,
  hreflangLinks,
  isNoindexPage,
  NOINDEX_PAGE_KINDS,
  plainText,
  renderHeadTags,
  robotsContent,
  toUnheadInput,
  truncateText,
  type HeadDescriptor,
  type PageKind,
} from '../../src/seo/index.js';

const origin = 'https://shop.example';
const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028"\'&';
type Element = DefaultTreeAdapterMap['element'];

/** What an HTML parser makes of the head markup: every element with its attributes and text. */
function parseHead(html: string) {
  const out: { tag: string; attrs: Record<string, string>; text: string }[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const el = child as Element;
      const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      out.push({ tag: el.tagName, attrs: Object.fromEntries(el.attrs.map((a) => [a.name, a.value])), text });
      walk(el);
    }
  };
  walk(parseFragment(`<head>${html}</head>`));
  return out;
}

const find = (tags: HeadDescriptor[], key: string, value: string) =>
  tags.find((t) => (t as Record<string, string>)[key] === value) as Record<string, string> | undefined;

describe('buildHeadMeta', () => {
  it('prefers BigCommerce’s seo.pageTitle and seo.metaDescription', () => {
    const tags = buildHeadMeta({ kind: 'product', origin, url: '/trail-mug/', seo: { pageTitle: 'Trail Mug — 12 oz', metaDescription: 'Enamel mug for camp coffee.' }, name: 'Trail Mug', description: '<p>Long text</p>' });
    expect(tags[0]).toEqual({ title: 'Trail Mug — 12 oz' });
    expect(find(tags, 'name', 'description')!.content).toBe('Enamel mug for camp coffee.');
    expect(find(tags, 'property', 'og:type')!.content).toBe('product');
  });

  it('falls back to the name and the plain-text description, cut at a word under 160 characters', () => {
    const long = `<p>Hand-roasted <b>single origin</b> beans &amp; more.</p><script>alert(1)</script>${' Word'.repeat(100)}`;
    const tags = buildHeadMeta({ kind: 'product', origin, url: '/beans/', seo: { pageTitle: '  ', metaDescription: '' }, name: 'Beans', description: long, titleTemplate: (t) => `${t} | Trailhead` });
    expect(tags[0]).toEqual({ title: 'Beans | Trailhead' });
    const description = find(tags, 'name', 'description')!.content!;
    expect(description.startsWith('Hand-roasted single origin beans & more. Word')).toBe(true);
    expect(description).not.toMatch(/alert|<|>/);
    expect(Array.from(description).length).toBeLessThanOrEqual(160);
    expect(description.endsWith('Word…')).toBe(true);
  });

  it('writes an absolute canonical without tracking parameters or fragment, also as og:url', () => {
    const tags = buildHeadMeta({ kind: 'category', origin, url: 'https://shop.example/coffee/?utm_source=x&gclid=1&fbclid=2&page=2&msclkid=3#top', name: 'Coffee' });
    expect(find(tags, 'rel', 'canonical')!.href).toBe('https://shop.example/coffee/?page=2');
    expect(find(tags, 'property', 'og:url')!.content).toBe('https://shop.example/coffee/?page=2');
    expect(canonicalUrl('/coffee/?sort=price&page=2', origin, { keepParams: ['page'] })).toBe('https://shop.example/coffee/?page=2');
  });

  it('refuses a canonical that is a script URL or leaves the site', () => {
    for (const url of ['javascript:alert(1)', '//evil.example/x', 'https://evil.example/', 'data:text/html,x', 'JaVaScRiPt:alert(1)']) {
      expect(() => buildHeadMeta({ kind: 'page', origin, url, name: 'x' }), url).toThrow(/canonicalUrl: .* is not a page of https:\/\/shop\.example/);
    }
  });

  it('drops a javascript: or data: image and writes a summary card instead', () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', ' javascript:alert(1)']) {
      const tags = buildHeadMeta({ kind: 'product', origin, url: '/p/', name: 'P', image: { url } });
      expect(JSON.stringify(tags)).not.toMatch(/javascript|data:/i);
      expect(find(tags, 'name', 'twitter:card')!.content).toBe('summary');
    }
    const ok = buildHeadMeta({ kind: 'product', origin, url: '/p/', name: 'P', image: { url: 'https://cdn.example/p.jpg', altText: 'A <b>mug</b>' } });
    expect(find(ok, 'property', 'og:image')!.content).toBe('https://cdn.example/p.jpg');
    expect(find(ok, 'property', 'og:image:alt')!.content).toBe('A mug');
    expect(find(ok, 'name', 'twitter:card')!.content).toBe('summary_large_image');
  });

  it('bounds huge strings', () => {
    const huge = 'x'.repeat(2_000_000);
    const tags = buildHeadMeta({ kind: 'product', origin, url: '/p/', name: huge, description: huge });
    expect(JSON.stringify(tags).length).toBeLessThan(2_000);
    expect(truncateText('😀'.repeat(300), 10)).toBe(`${'😀'.repeat(9)}…`);
  });

  it('writes noindex for search, cart, checkout, account and login, and index elsewhere', () => {
    expect([...NOINDEX_PAGE_KINDS].sort()).toEqual(['account', 'cart', 'checkout', 'login', 'search']);
    const all: PageKind[] = ['home', 'product', 'category', 'brand', 'page', 'search', 'cart', 'checkout', 'account', 'login'];
    for (const kind of all) {
      const robots = find(buildHeadMeta({ kind, origin, url: '/x', name: 'x' }), 'name', 'robots')!.content!;
      expect(robots.startsWith('noindex'), kind).toBe(isNoindexPage(kind));
      expect(robots).toBe(robotsContent(kind));
    }
    expect(() => robotsContent('nope' as PageKind)).toThrow(/unknown page kind "nope"/);
  });

  it('hreflang alternates are reciprocal: every locale’s page lists the same set, itself included, and x-default', () => {
    const locales = ['en', 'fr', 'de'];
    const urlFor = (locale: string) => (locale === 'en' ? `${origin}/trail-mug/` : `${origin}/${locale}/trail-mug/`);
    const sets = locales.map((locale) =>
      buildHeadMeta({ kind: 'product', origin, url: new URL(urlFor(locale)).pathname, name: 'Mug', locale, alternates: urlFor, hreflang: { locales, defaultLocale: 'en' } }).filter(
        (t) => 'hreflang' in t,
      ),
    );
    for (const set of sets) expect(set).toEqual(sets[0]);
    expect(sets[0]).toEqual([
      { tagName: 'link', rel: 'alternate', hreflang: 'en', href: 'https://shop.example/trail-mug/' },
      { tagName: 'link', rel: 'alternate', hreflang: 'fr', href: 'https://shop.example/fr/trail-mug/' },
      { tagName: 'link', rel: 'alternate', hreflang: 'de', href: 'https://shop.example/de/trail-mug/' },
      { tagName: 'link', rel: 'alternate', hreflang: 'x-default', href: 'https://shop.example/trail-mug/' },
    ]);
    // Each page's own canonical is among its alternates.
    locales.forEach((locale) => expect(sets[0]!.map((t) => (t as { href: string }).href)).toContain(urlFor(locale)));
    // The list form gives the same links.
    expect(hreflangLinks(locales.map((locale) => ({ locale, href: urlFor(locale) })), { defaultLocale: 'en' })).toEqual(sets[0]);
  });

  it('leaves hreflang off noindex pages and refuses bad alternates', () => {
    const tags = buildHeadMeta({ kind: 'search', origin, url: '/search?term=x', alternates: () => `${origin}/search`, hreflang: { locales: ['en', 'fr'] } });
    expect(tags.some((t) => 'hreflang' in t)).toBe(false);
    expect(() => hreflangLinks([{ locale: 'en', href: 'javascript:alert(1)' }])).toThrow(/not an absolute http\(s\) URL/);
    expect(() => hreflangLinks([{ locale: 'en"><script>', href: origin }])).toThrow(/not a language tag/);
    expect(() => hreflangLinks([{ locale: 'en', href: origin }, { locale: 'EN', href: origin }])).toThrow(/listed twice/);
    expect(() => hreflangLinks(() => origin)).toThrow(/pass options\.locales/);
  });
});

describe('renderHeadTags and toUnheadInput', () => {
  const hostileTags = () =>
    buildHeadMeta({ kind: 'product', origin, url: '/p/', name: `Mug </title><img src=x onerror=alert(1)> "q" & 'a' ${HOSTILE}`, description: `<p onmouseover="alert(3)">${HOSTILE}</p>`, siteName: HOSTILE, image: { url: 'https://cdn.example/a.jpg?x="><script>', altText: HOSTILE } });

  it('hostile text stays text: the parsed head has only title, meta and link elements, and no event handler', () => {
    const tags: HeadDescriptor[] = [...hostileTags(), { 'script:ld+json': { '@type': 'Thing', name: HOSTILE } }];
    const parsed = parseHead(renderHeadTags(tags, { nonce: 'abc123+/=' }));
    expect(parsed.map((e) => e.tag).sort()).toEqual([...tags.map((t) => ('title' in t ? 'title' : 'script:ld+json' in t ? 'script' : 'tagName' in t ? 'link' : 'meta'))].sort());
    for (const el of parsed) for (const name of Object.keys(el.attrs)) expect(name).not.toMatch(/^on/);
    const script = parsed.find((e) => e.tag === 'script')!;
    expect(script.attrs).toEqual({ type: 'application/ld+json', nonce: 'abc123+/=' });
    expect(JSON.parse(script.text)).toEqual({ '@type': 'Thing', name: HOSTILE });
    // The title, read back by the parser, is the plain text of the input.
    expect(parsed.find((e) => e.tag === 'title')!.text).toBe(`Mug "q" & 'a'`);
    expect(tags[0]).toEqual({ title: `Mug "q" & 'a'` });
  });

  it('refuses a nonce that could leave its attribute', () => {
    expect(() => renderHeadTags([{ 'script:ld+json': { a: 1 } }], { nonce: 'x" onload="alert(1)' })).toThrow(/options\.nonce must be the base64 nonce/);
  });

  it('maps 1:1 onto Unhead’s useHead input', () => {
    const tags = buildHeadMeta({ kind: 'product', origin, url: '/p/', name: 'P', alternates: [{ locale: 'en', href: `${origin}/p/` }, { locale: 'fr', href: `${origin}/fr/p/` }] });
    const head = toUnheadInput([...tags, { 'script:ld+json': { name: '</script>' } }], { nonce: 'n0nce' });
    expect(head.title).toBe('P');
    expect(head.meta.length + head.link.length + 2).toBe(tags.length + 1);
    expect(head.link).toContainEqual({ rel: 'alternate', hreflang: 'fr', href: 'https://shop.example/fr/p/' });
    expect(head.script).toEqual([{ type: 'application/ld+json', innerHTML: '{"name":"\\u003c/script\\u003e"}', nonce: 'n0nce' }]);
  });

  it('plainText removes tags, scripts and comments and decodes entities', () => {
    expect(plainText('<p>A&nbsp;<i>b</i> &lt;c&gt; &#x41;&#66;</p><style>x{}</style><!-- hidden --><script>bad()</script>\u2028end')).toBe('A b <c> AB end');
    expect(plainText('<scr<script>ipt>alert(1)</script>')).not.toMatch(/<script/);
  });
});
