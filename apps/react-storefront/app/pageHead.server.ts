import type { StorefrontRequestContext } from '@bc-headless/core/server';
import type { HeadDescriptor } from '@bc-headless/core/seo';
import { demoPageHead } from '@bc-headless/demo-kit';
import type { QueryClient } from '@tanstack/react-query';
import { ACCOUNT_PATH } from './clientTitle.js';
import { DEFAULT_LOCALE, LOCALES, routing } from './localeRouting.js';

/**
 * The head of a server-rendered page, from the data the root loader just prefetched (demo-kit's
 * `demoPageHead`, which the Svelte demo shares): `url` is the request's URL, `routePath` the app
 * route it shows (a BigCommerce path's equivalent), `path` the URL's path without its locale
 * prefix, `origin` the site's public origin. hreflang links name the same page in every locale.
 */
export function pageHead(ctx: StorefrontRequestContext<QueryClient>, url: URL, origin: string, routePath: string, path: string): HeadDescriptor[] {
  return demoPageHead(ctx, { url, origin, routePath, path, accountPath: ACCOUNT_PATH, hrefFor: (p, locale) => routing.href(p, locale), locales: LOCALES, defaultLocale: DEFAULT_LOCALE });
}
