import { localize } from '../../catalog/createCatalog.js';
import type { SeedCategory } from '../../catalog/SandboxSeed.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { breadcrumbsConnection, type Crumb } from './breadcrumbsConnection.js';
import { nodeId } from './money.js';
import { productView } from './productView.js';
import { seoView } from './seoView.js';
import { sortProducts } from './sortProducts.js';

/** The `Category` view in the request's locale. */
export function categoryView(ctx: GraphQLContext, category: SeedCategory) {
  return {
    entityId: category.entityId,
    id: nodeId('Category', category.entityId),
    name: localize(category.name, ctx.locale),
    description: `<p>${localize(category.description, ctx.locale)}</p>`,
    path: categoryPath(ctx, category),
    defaultImage: null,
    seo: seoView(category.seo, ctx.locale),
    breadcrumbs: (args: PageArgs & { depth: number }) => breadcrumbsConnection(categoryTrail(ctx, category), args, 'Category.breadcrumbs'),
    products: (args: PageArgs & { hideOutOfStock?: boolean | null; sortBy?: string | null }) => {
      const ids = new Set(ctx.store.catalog.categoryAndDescendants(category.entityId));
      let list = ctx.store.catalog.products.filter((p) => p.categoryEntityIds.some((id) => ids.has(id)));
      if (args.hideOutOfStock) list = list.filter((p) => p.variants.some((v) => v.stock > 0));
      return paginate(sortProducts(ctx, list, args.sortBy ?? 'DEFAULT'), args, (p) => productView(ctx, p), 'Category.products');
    },
  };
}

/** The categories from the top level down to this one, as breadcrumbs. */
function categoryTrail(ctx: GraphQLContext, category: SeedCategory): Crumb[] {
  const trail: Crumb[] = [];
  let current: SeedCategory | undefined = category;
  for (let guard = 0; current && guard < 10; guard++) {
    trail.unshift({ entityId: current.entityId, name: localize(current.name, ctx.locale), path: categoryPath(ctx, current) });
    current = current.parentEntityId !== undefined ? ctx.store.catalog.categoryById(current.parentEntityId) : undefined;
  }
  return trail;
}

/** `/parent/child/` path of a category. */
export function categoryPath(ctx: GraphQLContext, category: SeedCategory): string {
  const slugs = [category.slug];
  let parent = category.parentEntityId;
  for (let guard = 0; parent !== undefined && guard < 10; guard++) {
    const p = ctx.store.catalog.categoryById(parent);
    if (!p) break;
    slugs.unshift(p.slug);
    parent = p.parentEntityId;
  }
  return `/${slugs.join('/')}/`;
}

/** The `CategoryTreeItem`s under a parent (top level when `parentEntityId` is undefined). */
export function categoryTree(ctx: GraphQLContext, parentEntityId: number | undefined): unknown[] {
  const { catalog } = ctx.store;
  return catalog.categories
    .filter((c) => c.parentEntityId === parentEntityId)
    .map((c) => {
      const ids = new Set(catalog.categoryAndDescendants(c.entityId));
      const children = () => categoryTree(ctx, c.entityId);
      return {
        entityId: c.entityId,
        name: localize(c.name, ctx.locale),
        description: `<p>${localize(c.description, ctx.locale)}</p>`,
        path: categoryPath(ctx, c),
        productCount: catalog.products.filter((p) => p.categoryEntityIds.some((id) => ids.has(id))).length,
        hasChildren: catalog.categories.some((x) => x.parentEntityId === c.entityId),
        children,
      };
    });
}
