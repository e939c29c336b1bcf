/** The kinds of storefront page the SEO builders know. */
export type PageKind = 'home' | 'product' | 'category' | 'brand' | 'page' | 'search' | 'cart' | 'checkout' | 'account' | 'login';

// Search results are endless, thin and near-duplicate (Google's spam policies ask sites not to let
// internal search pages be indexed); cart, checkout, account and login pages are per shopper and
// have nothing to rank. Links out of search results still lead to products, so those are followed.
const NOINDEX: Readonly<Record<PageKind, string | null>> = {
  home: null,
  product: null,
  category: null,
  brand: null,
  page: null,
  search: 'noindex, follow',
  cart: 'noindex, nofollow',
  checkout: 'noindex, nofollow',
  account: 'noindex, nofollow',
  login: 'noindex, nofollow',
};

/** The page kinds that must never be indexed: search results, cart, checkout, account and login. */
export const NOINDEX_PAGE_KINDS: readonly PageKind[] = (Object.keys(NOINDEX) as PageKind[]).filter((kind) => NOINDEX[kind]);

/** True when pages of this kind must carry `noindex`. */
export const isNoindexPage = (kind: PageKind): boolean => NOINDEX[kind] != null;

/** The `robots` meta content of a page kind: `noindex, …` for the private and search pages, else `index, follow`. */
export function robotsContent(kind: PageKind): string {
  if (!(kind in NOINDEX)) throw new TypeError(`robotsContent: unknown page kind ${JSON.stringify(kind)}; use one of ${Object.keys(NOINDEX).join(', ')}.`);
  return NOINDEX[kind] ?? 'index, follow';
}
