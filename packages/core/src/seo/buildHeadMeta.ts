import type { HeadDescriptor } from './HeadDescriptor.js';
import { hreflangLinks, type HreflangOptions, type LocaleAlternates } from './hreflangLinks.js';
import { robotsContent, type PageKind } from './pageRobots.js';
import { plainText, truncateText } from './plainText.js';
import { canonicalUrl, safeHttpUrl, type CanonicalUrlOptions } from './safeUrl.js';

/** BigCommerce's `seo` field of a product, category, brand or page (`SeoDetails`). */
export interface SeoDetailsLike {
  pageTitle?: string | null;
  metaDescription?: string | null;
}

/** What `buildHeadMeta` builds a page's head from. */
export interface HeadMetaInput {
  /** The kind of page: decides `robots` (search, cart, checkout, account and login are `noindex`). */
  kind: PageKind;
  /** The storefront's origin, e.g. `https://shop.example`. */
  origin: string;
  /** The page: its path (`/trail-mug/`) or URL on `origin`. Fragments and tracking parameters are dropped. */
  url: string;
  /** BigCommerce's `seo { pageTitle metaDescription }`: used first when set. */
  seo?: SeoDetailsLike | null;
  /** The title when `seo.pageTitle` is empty: usually the product's, category's or brand's `name`. */
  name?: string | null;
  /** The description when `seo.metaDescription` is empty: BigCommerce's HTML `description`, made plain text. */
  description?: string | null;
  /** `(title) => full title`, e.g. `` t => `${t} | Trailhead` ``; not applied to the home page's store name. */
  titleTemplate?: (title: string) => string;
  /** The store's name (`settings.storeName`): `og:site_name`, and the title when nothing else is given. */
  siteName?: string | null;
  /** The image for link previews (`defaultImage`); dropped unless an absolute http(s) URL. */
  image?: { url: string; altText?: string | null } | null;
  /** `og:type`; default `product` for product pages, else `website`. */
  ogType?: string;
  /** The page's locale, e.g. `fr` (written as `og:locale`). */
  locale?: string;
  /** The page in every locale, for hreflang (see `hreflangLinks`). */
  alternates?: LocaleAlternates;
  /** `locales` and `defaultLocale` for `alternates`. */
  hreflang?: HreflangOptions;
  /** The store's X/Twitter handle, e.g. `@trailhead`. */
  twitterSite?: string;
  /** Query parameters a canonical URL keeps (default: all but tracking ones). */
  canonical?: CanonicalUrlOptions;
}

/** Longest description written (search engines show about 155–160 characters). */
export const DESCRIPTION_MAX = 160;
// A title longer than this is data gone wrong, not a title; cut it rather than ship megabytes.
const TITLE_MAX = 200;

const firstText = (...values: (string | null | undefined)[]) => {
  for (const value of values) {
    const text = plainText(value);
    if (text) return text;
  }
  return '';
};

/**
 * A page's head as framework-neutral descriptors: title, description, canonical, `robots`,
 * Open Graph, Twitter card and hreflang alternates. Falls back from BigCommerce's
 * `seo.pageTitle`/`seo.metaDescription` to the name and the description made plain text and cut
 * at 160 characters. Throws a `TypeError` when the canonical URL would leave `origin`.
 */
export function buildHeadMeta(input: HeadMetaInput): HeadDescriptor[] {
  const canonical = canonicalUrl(input.url, input.origin, input.canonical);
  const baseTitle = truncateText(firstText(input.seo?.pageTitle, input.name, input.siteName), TITLE_MAX);
  const title = baseTitle && input.titleTemplate && input.kind !== 'home' ? truncateText(plainText(input.titleTemplate(baseTitle)), TITLE_MAX) : baseTitle;
  const description = truncateText(firstText(input.seo?.metaDescription, input.description), DESCRIPTION_MAX);
  const image = input.image ? safeHttpUrl(input.image.url, input.origin) : null;
  const siteName = plainText(input.siteName);
  const tags: HeadDescriptor[] = [];
  if (title) tags.push({ title });
  if (description) tags.push({ name: 'description', content: description });
  tags.push({ name: 'robots', content: robotsContent(input.kind) });
  tags.push({ tagName: 'link', rel: 'canonical', href: canonical });
  tags.push({ property: 'og:type', content: input.ogType ?? (input.kind === 'product' ? 'product' : 'website') });
  if (title) tags.push({ property: 'og:title', content: title });
  if (description) tags.push({ property: 'og:description', content: description });
  tags.push({ property: 'og:url', content: canonical });
  if (siteName) tags.push({ property: 'og:site_name', content: siteName });
  if (input.locale) tags.push({ property: 'og:locale', content: input.locale.replace('-', '_') });
  if (image) {
    tags.push({ property: 'og:image', content: image });
    const alt = plainText(input.image?.altText);
    if (alt) tags.push({ property: 'og:image:alt', content: truncateText(alt, 420) });
  }
  tags.push({ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' });
  if (input.twitterSite && /^@\w{1,15}$/.test(input.twitterSite)) tags.push({ name: 'twitter:site', content: input.twitterSite });
  if (title) tags.push({ name: 'twitter:title', content: title });
  if (description) tags.push({ name: 'twitter:description', content: description });
  if (image) tags.push({ name: 'twitter:image', content: image });
  // A noindex page's alternates would only invite crawlers to pages they must not index.
  if (input.alternates && robotsContent(input.kind).startsWith('index')) tags.push(...hreflangLinks(input.alternates, input.hreflang));
  return tags;
}
