import type { QueryClient } from '@tanstack/react-query';

/** A BigCommerce path resolved to what the app shows there (the app's equivalent route path). */
export interface ResolvedPath {
  kind: 'product' | 'category';
  entityId: number;
  /** The app's own route for it (`/product/111`, `/category/21`): what the page and its data key by. */
  appPath: string;
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The app path of a resolved product or category. */
export const appPathOf = (kind: 'product' | 'category', entityId: number) => `/${kind}/${entityId}`;

/**
 * Finds `path` (a BigCommerce path such as `/house-blend/`) among what the page already holds: the
 * category tree every page reads, and every product a cached grid or product page holds. A link
 * the app rendered from that data is resolved with no request; `null` when nothing cached has it.
 */
export function findCachedPath(queryClient: QueryClient, path: string): ResolvedPath | null {
  const wanted = withSlash(path.toLowerCase());
  const matches = (p: unknown) => typeof p === 'string' && withSlash(p.toLowerCase()) === wanted;
  for (const query of queryClient.getQueryCache().getAll()) {
    const data = query.state.data as unknown;
    const found = search(data, matches, 0);
    if (found) return found;
  }
  return null;
}

// Walks cached data for { entityId, path } records: categories (with `productCount`) and products
// (with `prices`), a few levels deep (tree children, grid pages).
function search(value: unknown, matches: (p: unknown) => boolean, depth: number): ResolvedPath | null {
  if (depth > 6 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = search(item, matches, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.entityId === 'number' && matches(record.path)) {
    if ('productCount' in record) return { kind: 'category', entityId: record.entityId, appPath: appPathOf('category', record.entityId) };
    if ('prices' in record || 'sku' in record) return { kind: 'product', entityId: record.entityId, appPath: appPathOf('product', record.entityId) };
  }
  for (const key of ['children', 'products', 'pages', 'edges', 'node']) {
    const found = search(record[key], matches, depth + 1);
    if (found) return found;
  }
  return null;
}
