import { languageOf, matchRoute, translate } from '@bc-headless/demo-kit/browser';
import { findCachedPath } from './bigcommercePath.js';
import { browserQueryClient } from './browserQueryClient.js';
import { routing } from './localeRouting.js';

const STORE = 'Trailhead Coffee & Goods';

/** The account page: the app's own route beside demo-kit's route table (which the other demos share). */
export const ACCOUNT_PATH = '/account';

/**
 * The document title after a client-side navigation, from what the page's query cache already
 * holds (the category tree, the grid a product was clicked in): the server built the full head for
 * the first view only, and crawlers load every URL as a document.
 */
export function clientTitle(pathname: string, search: string): string {
  const { locale, path } = routing.parse(pathname);
  const lang = languageOf(locale);
  const params = new URLSearchParams(search);
  const queryClient = browserQueryClient();
  if (path === ACCOUNT_PATH) return STORE;
  let route = matchRoute(path, params);
  if (route.name === 'not-found' && queryClient) {
    const found = findCachedPath(queryClient, path);
    if (found) route = matchRoute(found.appPath, params);
  }
  const named = (kind: 'product' | 'category', entityId: number) => (queryClient ? nameOf(queryClient.getQueryCache().getAll().map((q) => q.state.data), kind, entityId, 0) : null);
  const page =
    route.name === 'product' ? named('product', route.entityId)
    : route.name === 'category' ? named('category', route.categoryEntityId)
    : route.name === 'search' ? translate(lang, 'search.title', { term: route.searchTerm })
    : route.name === 'cart' ? translate(lang, 'cart.title')
    : route.name === 'checkout' ? translate(lang, 'checkout.title')
    : route.name === 'login' ? translate(lang, 'login.title')
    : route.name === 'order' ? translate(lang, 'order.title')
    : route.name === 'not-found' ? translate(lang, 'common.notFound')
    : null;
  return page ? `${page} · ${STORE}` : STORE;
}

// A cached record's name: categories carry `productCount`, products `prices`.
function nameOf(value: unknown, kind: 'product' | 'category', entityId: number, depth: number): string | null {
  if (depth > 6 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nameOf(item, kind, entityId, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (record.entityId === entityId && typeof record.name === 'string' && (kind === 'category' ? 'productCount' in record : 'prices' in record)) return record.name;
  for (const key of ['children', 'products', 'pages']) {
    const found = nameOf(record[key], kind, entityId, depth + 1);
    if (found) return found;
  }
  return null;
}
