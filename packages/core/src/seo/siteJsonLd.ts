import type { JsonLdObject } from './HeadDescriptor.js';
import { plainText } from './plainText.js';
import { safeHttpUrl } from './safeUrl.js';

/** What `organizationJsonLd` describes: the merchant. */
export interface OrganizationInput {
  /** The store's name (`settings.storeName`). */
  name: string;
  /** The storefront's home page. */
  url: string;
  /** An absolute URL of the logo (`settings.logoV2`'s image). */
  logo?: string | null;
  /** The merchant's profiles elsewhere (social networks). */
  sameAs?: readonly string[];
}

const required = (api: string, value: unknown, what: string) => {
  const url = safeHttpUrl(value);
  if (!url) throw new TypeError(`${api}: ${what} ${JSON.stringify(String(value).slice(0, 100))} is not an absolute http(s) URL.`);
  return url;
};

/** A schema.org `Organization` for the home page; non-http(s) `logo`/`sameAs` URLs are dropped. */
export function organizationJsonLd(input: OrganizationInput): JsonLdObject {
  const ld: JsonLdObject = { '@context': 'https://schema.org', '@type': 'Organization', name: plainText(input.name), url: required('organizationJsonLd', input.url, 'url') };
  const logo = safeHttpUrl(input.logo);
  if (logo) ld.logo = logo;
  const sameAs = (input.sameAs ?? []).map((u) => safeHttpUrl(u)).filter((u): u is string => u !== null);
  if (sameAs.length) ld.sameAs = sameAs;
  return ld;
}

/** What `webSiteJsonLd` describes: the storefront and its search. */
export interface WebSiteInput {
  name: string;
  url: string;
  /** The search results URL with `{search_term_string}` where the terms go, e.g. `https://shop.example/search?term={search_term_string}`. */
  searchUrlTemplate?: string;
}

/**
 * A schema.org `WebSite` with a `SearchAction` telling agents and crawlers how to search the
 * store. (Google stopped showing the sitelinks search box in November 2024; the markup remains
 * valid schema.org that other consumers read.)
 */
export function webSiteJsonLd(input: WebSiteInput): JsonLdObject {
  const ld: JsonLdObject = { '@context': 'https://schema.org', '@type': 'WebSite', name: plainText(input.name), url: required('webSiteJsonLd', input.url, 'url') };
  if (input.searchUrlTemplate !== undefined) {
    const template = input.searchUrlTemplate;
    if (!template.includes('{search_term_string}')) throw new TypeError('webSiteJsonLd: searchUrlTemplate must contain {search_term_string} where the search terms go.');
    // Checked with the placeholder filled in, then written with it back.
    required('webSiteJsonLd', template.replace('{search_term_string}', 'q'), 'searchUrlTemplate');
    ld.potentialAction = { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: template }, 'query-input': 'required name=search_term_string' };
  }
  return ld;
}
