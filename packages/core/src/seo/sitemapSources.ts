import type { RequestFn } from '../createClientCore.js';
import type { PageInfo } from '../queries/documents/GraphQLDocument.js';
import {
  SITEMAP_BRAND_CURSORS,
  SITEMAP_BRANDS,
  SITEMAP_CATEGORIES,
  SITEMAP_PAGE_CURSORS,
  SITEMAP_PAGES,
  SITEMAP_PRODUCT_CURSORS,
  SITEMAP_PRODUCTS,
  type SitemapCategory,
  type SitemapConnection,
} from './sitemapDocuments.js';

/** The entity types a sitemap lists, one file series each. */
export type SitemapType = 'products' | 'categories' | 'brands' | 'pages';

/** Where one type's entities come from, and how they split into files. */
export interface SitemapSource {
  type: SitemapType;
  /** Where each file starts: `null` for the first, then a value for `?after=`. */
  fileStarts(request: RequestFn, perFile: number): AsyncGenerator<string | null>;
  /** One file's paths, a page at a time. Rejects on the first page for a start it does not know. */
  pages(request: RequestFn, after: string | null, perFile: number): AsyncGenerator<string[]>;
}

const PAGE = 50;
const pathsOf = (connection: SitemapConnection) => (connection.edges ?? []).flatMap((e) => (e.node.path ? [e.node.path] : []));

/**
 * A type paged with cursors. A file is `perFile / 50` pages (pages, not entities, so the index's
 * walk and the file agree even when BigCommerce returns a short page), and the index records the
 * end cursor where each file starts.
 */
function pagedSource(
  type: SitemapType,
  read: (request: RequestFn, after: string | null) => Promise<SitemapConnection>,
  walk: (request: RequestFn, after: string | null) => Promise<PageInfo>,
): SitemapSource {
  return {
    type,
    async *fileStarts(request, perFile) {
      yield null;
      const pagesPerFile = perFile / PAGE;
      let after: string | null = null;
      for (let page = 1; ; page++) {
        const info = await walk(request, after);
        if (!info.hasNextPage || !info.endCursor) return;
        after = info.endCursor;
        if (page % pagesPerFile === 0) yield after;
      }
    },
    async *pages(request, after, perFile) {
      let cursor = after;
      for (let page = 0; page < perFile / PAGE; page++) {
        const connection = await read(request, cursor);
        yield pathsOf(connection);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
        cursor = connection.pageInfo.endCursor;
      }
    },
  };
}

// Subtree reads one category tree may take (a guard against a tree that never ends).
const MAX_SUBTREES = 10_000;

/**
 * Every category's path, root first. `SITEMAP_CATEGORIES` reads three levels; each deepest
 * category that `hasChildren` is read again as a `rootEntityId`. BigCommerce answers that with
 * the root itself and its children (Catalyst reads `categoryTree(rootEntityId)[0].children`), the
 * sandbox with the children only: `seen` makes both list each category once.
 */
async function categoryPaths(request: RequestFn): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<number>();
  const roots: (number | null)[] = [null];
  const walk = (nodes: SitemapCategory[]) => {
    for (const node of nodes) {
      if (!seen.has(node.entityId)) {
        seen.add(node.entityId);
        out.push(node.path);
      }
      if (node.children) walk(node.children);
      else if (node.hasChildren) roots.push(node.entityId);
    }
  };
  for (let reads = 0; roots.length; reads++) {
    if (reads > MAX_SUBTREES) throw new Error(`the category tree needed more than ${MAX_SUBTREES} reads`);
    walk((await request(SITEMAP_CATEGORIES, { rootEntityId: roots.shift() })).site.categoryTree);
  }
  return out;
}

/** Categories: the whole tree (see `categoryPaths`); files split by position (`?after=` holds the offset). */
const categories: SitemapSource = {
  type: 'categories',
  async *fileStarts(request, perFile) {
    const count = (await categoryPaths(request)).length;
    yield null;
    for (let start = perFile; start < count; start += perFile) yield String(start);
  },
  async *pages(request, after, perFile) {
    const start = after === null ? 0 : Number(after);
    const paths = await categoryPaths(request);
    if (!Number.isSafeInteger(start) || start < 0 || (start > 0 && start >= paths.length)) throw new RangeError(`no categories file starts at ${after}`);
    const end = Math.min(paths.length, start + perFile);
    if (start === end) yield [];
    for (let i = start; i < end; i += PAGE) yield paths.slice(i, Math.min(end, i + PAGE));
  },
};

const products = pagedSource(
  'products',
  async (request, after) => (await request(SITEMAP_PRODUCTS, { first: PAGE, after })).site.products,
  async (request, after) => (await request(SITEMAP_PRODUCT_CURSORS, { first: PAGE, after })).site.products.pageInfo,
);

const brands = pagedSource(
  'brands',
  async (request, after) => (await request(SITEMAP_BRANDS, { first: PAGE, after })).site.brands,
  async (request, after) => (await request(SITEMAP_BRAND_CURSORS, { first: PAGE, after })).site.brands.pageInfo,
);

const pages = pagedSource(
  'pages',
  async (request, after) => (await request(SITEMAP_PAGES, { first: PAGE, after })).site.content.pages,
  async (request, after) => (await request(SITEMAP_PAGE_CURSORS, { first: PAGE, after })).site.content.pages.pageInfo,
);

const SOURCES: Record<SitemapType, SitemapSource> = { products, categories, brands, pages };

/** The sources of the listed types, in order; throws a `TypeError` naming an unknown type. */
export function sitemapSources(types: readonly SitemapType[], api: string): SitemapSource[] {
  return types.map((type) => {
    const source = SOURCES[type];
    if (!source) throw new TypeError(`${api}: options.types has ${JSON.stringify(type)}; use any of ${Object.keys(SOURCES).join(', ')}.`);
    return source;
  });
}
