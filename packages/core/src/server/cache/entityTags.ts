// Which entity an object with an `entityId` is, from the field that holds it (or the list it
// is in). `node`/`edges` are connection plumbing and keep the outer field's kind.
const KIND_BY_FIELD: Record<string, string> = {
  product: 'product',
  products: 'product',
  relatedProducts: 'product',
  category: 'category',
  categories: 'category',
  categoryTree: 'category',
  children: 'category',
  breadcrumbs: 'category',
  brand: 'brand',
  brands: 'brand',
  pages: 'page',
  page: 'page',
  posts: 'post',
};
const PLUMBING = new Set(['edges', 'node', 'items']);

/** Tag every cached catalog entry carries, to purge them all (a price list changed). */
export const CATALOG_TAG = 'catalog';

/**
 * The purge tags of a GraphQL answer: `product:<id>`, `category:<id>`, `brand:<id>`, `page:<id>`,
 * `post:<id>` for every entity in it (found by `entityId` under a field that names its kind), plus
 * `catalog`. An entity whose `entityId` was not asked for is tagged with its bare kind
 * (`product`), which every change of that kind purges: a document that does not say which
 * product it shows is never left stale. A route lookup's node is tagged by its `__typename`.
 */
export function entityTags(data: unknown): string[] {
  const tags = new Set<string>([CATALOG_TAG]);
  const visit = (value: unknown, kind: string | undefined, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, kind, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const typename = typeof record.__typename === 'string' ? record.__typename.toLowerCase() : undefined;
    const own = typename && Object.values(KIND_BY_FIELD).includes(typename) ? typename : kind;
    if (own && (typeof record.entityId === 'number' || typeof record.entityId === 'string')) tags.add(`${own}:${record.entityId}`);
    // An entity (not a connection or an edge) whose id the document did not ask for.
    else if (own && !Object.keys(record).some((k) => PLUMBING.has(k) || k === 'pageInfo' || k === 'collectionInfo')) tags.add(own);
    for (const [field, child] of Object.entries(record)) {
      if (PLUMBING.has(field)) visit(child, own, depth + 1);
      else visit(child, KIND_BY_FIELD[field], depth + 1);
    }
  };
  visit(data, undefined, 0);
  return [...tags];
}
