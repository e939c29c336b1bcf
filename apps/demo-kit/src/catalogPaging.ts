import type { PageInfo, ProductPageParams } from '@bc-headless/core/queries';

/** What a catalog page shows: a category, a search, or (neither) the home grid, at a cursor. */
export interface CatalogParams {
  categoryEntityId?: number;
  searchTerm?: string;
  after: string | null;
  before: string | null;
}

/** The product list variables for a catalog page: only what is set (an empty search lists all). */
export function productListVariables({ categoryEntityId, searchTerm, after, before }: CatalogParams): ProductPageParams {
  return {
    ...(categoryEntityId ? { categoryEntityId } : {}),
    ...(searchTerm ? { searchTerm } : {}),
    ...(after ? { after } : before ? { before } : {}),
  };
}

/**
 * The pager of page `page` of a grid at `pathname`: whether it shows at all (there is another page
 * either way), and its links (keeping the search `q`), `null` where there is no such page. Page
 * 2's "Previous" goes back to the first page's own address.
 */
export function pagerHrefs(
  { pathname, params }: { pathname: string; params: URLSearchParams },
  page: number,
  pageInfo: PageInfo,
): { visible: boolean; previous: string | null; next: string | null } {
  const href = (cursor: Record<string, string>, number: number) => {
    const next = new URLSearchParams();
    if (params.get('q')) next.set('q', params.get('q')!);
    for (const [k, v] of Object.entries(cursor)) next.set(k, v);
    if (number > 1) next.set('page', String(number));
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  return {
    visible: pageInfo.hasNextPage || pageInfo.hasPreviousPage,
    previous: pageInfo.hasPreviousPage && page > 1 ? (page - 1 <= 1 ? href({}, 1) : href({ before: pageInfo.startCursor ?? '' }, page - 1)) : null,
    next: pageInfo.hasNextPage ? href({ after: pageInfo.endCursor ?? '' }, page + 1) : null,
  };
}
