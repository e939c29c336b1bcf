import type { JsonLdObject } from './HeadDescriptor.js';
import { plainText, truncateText } from './plainText.js';
import { nodesOf, type ListLike } from './productJsonLd.js';
import { safeHttpUrl } from './safeUrl.js';

/** One breadcrumb as BigCommerce's `Category.breadcrumbs` gives it. */
export interface BreadcrumbLike {
  name: string;
  path?: string | null;
}

/**
 * A schema.org `BreadcrumbList` from a category's `breadcrumbs(depth:)` (root first). Each item's
 * URL is its `path` resolved on `origin` (or `urlFor(path)`, e.g. to add a locale prefix); a
 * crumb whose URL is not http(s) on the site keeps its name and loses its link.
 */
export function breadcrumbJsonLd(breadcrumbs: ListLike<BreadcrumbLike>, options: { origin: string; urlFor?: (path: string) => string }): JsonLdObject {
  const origin = safeHttpUrl(options.origin);
  if (!origin) throw new TypeError('breadcrumbJsonLd: options.origin must be the storefront’s absolute http(s) origin, e.g. https://shop.example.');
  const site = new URL(origin).origin;
  const itemListElement = nodesOf(breadcrumbs).map((crumb, i): JsonLdObject => {
    const item: JsonLdObject = { '@type': 'ListItem', position: i + 1, name: truncateText(plainText(crumb.name), 200) };
    const url = crumb.path ? safeHttpUrl(options.urlFor ? options.urlFor(crumb.path) : crumb.path, origin) : null;
    if (url && new URL(url).origin === site) item.item = url;
    return item;
  });
  return { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement };
}
