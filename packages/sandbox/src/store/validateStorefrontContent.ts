import type { SandboxSeed } from '../catalog/SandboxSeed.js';

const SLUG = /^[a-z0-9-]+$/;
const PAGE_TYPES = new Set(['NORMAL', 'CONTACT', 'RAW', 'LINK', 'BLOG']);

function uniqueIds(list: ReadonlyArray<{ entityId: unknown }>, at: string, fail: (what: string) => never): Set<number> {
  const ids = new Set<number>();
  for (const [i, item] of list.entries()) {
    const id = item?.entityId;
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) fail(`${at}[${i}].entityId must be a positive integer`);
    if (ids.has(id as number)) fail(`${at}[${i}].entityId ${String(id)} is used twice`);
    ids.add(id as number);
  }
  return ids;
}

/**
 * Checks a seed's brands, web pages, blog and redirects (all optional) and what products say
 * about them, so `site.route` and the content queries never meet a dangling id or a redirect to
 * a `javascript:` URL. Calls `fail` (which throws) with the field and what is wrong.
 */
export function validateStorefrontContent(seed: SandboxSeed, fail: (what: string) => never): void {
  for (const key of ['brands', 'webPages', 'redirects'] as const) {
    if (seed[key] !== undefined && !Array.isArray(seed[key])) fail(`"${key}" must be an array when given`);
  }
  const brands = uniqueIds(seed.brands ?? [], 'brands', fail);
  for (const [i, b] of (seed.brands ?? []).entries()) {
    if (typeof b.slug !== 'string' || !SLUG.test(b.slug)) fail(`brands[${i}].slug must be lower-case letters, digits and dashes`);
    if (typeof b.name !== 'string' || !b.name) fail(`brands[${i}].name must be a non-empty string`);
  }
  for (const [i, p] of seed.products.entries()) {
    if (p.brandEntityId !== undefined && !brands.has(p.brandEntityId)) fail(`products[${i}].brandEntityId ${p.brandEntityId} names no brand in "brands"`);
  }
  const pages = uniqueIds(seed.webPages ?? [], 'webPages', fail);
  for (const [i, p] of (seed.webPages ?? []).entries()) {
    if (!PAGE_TYPES.has(p.type)) fail(`webPages[${i}].type must be one of ${[...PAGE_TYPES].join(', ')}`);
    if (typeof p.slug !== 'string' || !SLUG.test(p.slug)) fail(`webPages[${i}].slug must be lower-case letters, digits and dashes`);
    if (typeof p.name?.en !== 'string') fail(`webPages[${i}].name.en must be a string`);
    if (p.type === 'LINK' && (typeof p.link !== 'string' || !/^(https?:\/\/|\/)/i.test(p.link))) fail(`webPages[${i}].link must be an http(s) URL or a path starting with "/"`);
    if (p.parentEntityId !== undefined && (!pages.has(p.parentEntityId) || p.parentEntityId === p.entityId)) fail(`webPages[${i}].parentEntityId ${p.parentEntityId} names no other page`);
  }
  const posts = uniqueIds(seed.blog?.posts ?? [], 'blog.posts', fail);
  if (seed.blog) {
    if (typeof seed.blog.slug !== 'string' || !SLUG.test(seed.blog.slug)) fail('blog.slug must be lower-case letters, digits and dashes');
    for (const [i, p] of seed.blog.posts.entries()) {
      if (typeof p.slug !== 'string' || !SLUG.test(p.slug)) fail(`blog.posts[${i}].slug must be lower-case letters, digits and dashes`);
      if (Number.isNaN(Date.parse(p.publishedDate))) fail(`blog.posts[${i}].publishedDate must be an ISO 8601 date`);
      if (!Array.isArray(p.tags)) fail(`blog.posts[${i}].tags must be an array`);
    }
  }
  const targets: Record<string, Set<number>> = {
    product: new Set(seed.products.map((p) => p.entityId)),
    category: new Set(seed.categories.map((c) => c.entityId)),
    brand: brands,
    page: pages,
    post: posts,
  };
  uniqueIds(seed.redirects ?? [], 'redirects', fail);
  for (const [i, r] of (seed.redirects ?? []).entries()) {
    if (typeof r.fromPath !== 'string' || !r.fromPath.startsWith('/')) fail(`redirects[${i}].fromPath must be a path starting with "/"`);
    const to = r.to as { type?: string; entityId?: number; url?: unknown } | undefined;
    if (to?.type === 'url') {
      if (typeof to.url !== 'string' || !/^(https?:\/\/|\/)/i.test(to.url)) fail(`redirects[${i}].to.url must be an http(s) URL or a path starting with "/"`);
    } else if (!to?.type || !targets[to.type]) {
      fail(`redirects[${i}].to.type must be one of product, category, brand, page, post, url`);
    } else if (!targets[to.type]!.has(to.entityId as number)) {
      fail(`redirects[${i}].to.entityId ${String(to.entityId)} names no ${to.type} of the seed`);
    }
  }
}
