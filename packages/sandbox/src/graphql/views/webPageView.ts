import { localize } from '../../catalog/createCatalog.js';
import type { SeedWebPage } from '../../catalog/SeedStorefrontContent.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { breadcrumbsConnection, type Crumb } from './breadcrumbsConnection.js';
import { nodeId } from './money.js';
import { plainTextSummary } from './plainTextSummary.js';
import { seoView } from './seoView.js';

/** GraphQL type of each seeded page type (BigCommerce's `WebPageType` → `WebPage` implementation). */
const TYPE_NAMES: Record<SeedWebPage['type'], string> = {
  NORMAL: 'NormalPage',
  CONTACT: 'ContactPage',
  RAW: 'RawHtmlPage',
  LINK: 'ExternalLinkPage',
  BLOG: 'BlogIndexPage',
};

/** What `pages(filters:)` and `children(filters:)` take. */
export interface WebPageFilters {
  entityIds?: number[] | null;
  isVisibleInNavigation?: boolean | null;
  pageType?: SeedWebPage['type'] | null;
  parentEntityIds?: number[] | null;
}

/** Storefront path of a web page (LINK pages have none: they point elsewhere). */
export function webPagePath(page: SeedWebPage): string | null {
  return page.type === 'LINK' ? null : `/${page.slug}/`;
}

/** Pages matching the filters, in `sortBy` order. `parentEntityIds: [0]` means top-level pages. */
export function filterWebPages(ctx: GraphQLContext, filters: WebPageFilters | null | undefined, sortBy: string | null | undefined): SeedWebPage[] {
  let list = [...ctx.store.catalog.webPages];
  if (filters?.entityIds?.length) list = list.filter((p) => filters.entityIds!.includes(p.entityId));
  if (filters?.parentEntityIds?.length) list = list.filter((p) => filters.parentEntityIds!.includes(p.parentEntityId ?? 0));
  if (filters?.pageType) list = list.filter((p) => p.type === filters.pageType);
  if (filters?.isVisibleInNavigation != null) list = list.filter((p) => (p.isVisibleInNavigation ?? true) === filters.isVisibleInNavigation);
  // The seed has no merchant sort order: SORT_ORDER keeps id order; the parent-first sort groups by parent, then name.
  if (sortBy === 'PARENT_ID_AND_SORT_ORDER_AND_TITLE') {
    list.sort((a, b) => (a.parentEntityId ?? 0) - (b.parentEntityId ?? 0) || localize(a.name, ctx.locale).localeCompare(localize(b.name, ctx.locale), ctx.locale));
  }
  return list;
}

/** A `PageConnection` of web pages. */
export function webPagesConnection(ctx: GraphQLContext, pages: readonly SeedWebPage[], args: PageArgs, name: string) {
  return paginate(pages, args, (p) => webPageView(ctx, p), name);
}

function trail(ctx: GraphQLContext, page: SeedWebPage): Crumb[] {
  const out: Crumb[] = [];
  let current: SeedWebPage | undefined = page;
  // The guard stops a seed whose parents loop.
  for (let guard = 0; current && guard < 20; guard++) {
    out.unshift({ entityId: current.entityId, name: localize(current.name, ctx.locale), path: webPagePath(current) });
    current = current.parentEntityId !== undefined ? ctx.store.catalog.webPageById(current.parentEntityId) : undefined;
  }
  return out;
}

/** The `WebPage` view of a seeded page, typed by its page type (`NormalPage`, `ContactPage`, …). */
export function webPageView(ctx: GraphQLContext, page: SeedWebPage) {
  const typeName = TYPE_NAMES[page.type];
  const html = page.htmlBody ? localize(page.htmlBody, ctx.locale) : '';
  return {
    __typename: typeName,
    entityId: page.entityId,
    id: nodeId(typeName, page.entityId),
    name: localize(page.name, ctx.locale),
    parentEntityId: page.parentEntityId ?? null,
    isVisibleInNavigation: page.isVisibleInNavigation ?? true,
    seo: seoView(page.seo, ctx.locale),
    path: webPagePath(page),
    link: page.link ?? '',
    htmlBody: html,
    contactFields: page.contactFields ?? [],
    plainTextSummary: ({ characterLimit }: { characterLimit?: number | null }) => plainTextSummary(html, characterLimit),
    breadcrumbs: (args: PageArgs & { depth: number }) => breadcrumbsConnection(trail(ctx, page), args, `${typeName}.breadcrumbs`),
    children: (args: PageArgs & { filters?: Omit<WebPageFilters, 'parentEntityIds'> | null; sortBy?: string | null }) =>
      webPagesConnection(ctx, filterWebPages(ctx, { ...args.filters, parentEntityIds: [page.entityId] }, args.sortBy), args, `${typeName}.children`),
  };
}
