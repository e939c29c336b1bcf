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
  if (seed.locations !== undefined && !Array.isArray(seed.locations)) fail('"locations" must be an array when given');
  const locations = uniqueIds(seed.locations ?? [], 'locations', fail);
  for (const [i, l] of (seed.locations ?? []).entries()) {
    if (typeof l.code !== 'string' || !l.code) fail(`locations[${i}].code must be a non-empty string`);
    if (l.typeId !== 'PHYSICAL' && l.typeId !== 'VIRTUAL') fail(`locations[${i}].typeId must be PHYSICAL or VIRTUAL`);
  }
  for (const [i, p] of seed.products.entries()) {
    for (const [j, l] of (p.locationStock ?? []).entries()) {
      if (!locations.has(l.locationEntityId) || l.locationEntityId === seed.locations?.[0]?.entityId) fail(`products[${i}].locationStock[${j}].locationEntityId must name a non-default location of "locations"`);
      if (!Number.isInteger(l.quantity) || l.quantity < 0) fail(`products[${i}].locationStock[${j}].quantity must be a non-negative integer`);
    }
    const b = p.backorder;
    if (b && b.limit !== undefined && (!Number.isInteger(b.limit) || b.limit < 0)) fail(`products[${i}].backorder.limit must be a non-negative integer`);
  }
  const httpOrPath = /^(https?:\/\/|\/)/i;
  for (const [i, link] of (seed.storeSettings?.socialMediaLinks ?? []).entries()) {
    if (typeof link.url !== 'string' || !httpOrPath.test(link.url)) fail(`storeSettings.socialMediaLinks[${i}].url must be an http(s) URL`);
  }
  if (seed.currencies !== undefined && !Array.isArray(seed.currencies)) fail('"currencies" must be an array when given');
  uniqueIds(seed.currencies ?? [], 'currencies', fail);
  const codes = new Set<string>();
  for (const [i, c] of (seed.currencies ?? []).entries()) {
    // The sandbox schema's currencyCode enum lists these; a code outside it could never be asked for.
    if (!['AUD', 'CAD', 'EUR', 'GBP', 'USD'].includes(c.code)) fail(`currencies[${i}].code must be one of AUD, CAD, EUR, GBP, USD`);
    if (codes.has(c.code)) fail(`currencies[${i}].code ${c.code} is listed twice`);
    codes.add(c.code);
    if (typeof c.exchangeRate !== 'number' || !(c.exchangeRate > 0) || !Number.isFinite(c.exchangeRate)) fail(`currencies[${i}].exchangeRate must be a positive number`);
  }
  for (const [i, script] of (seed.storeSettings?.scripts ?? []).entries()) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(script.entityId)) fail(`storeSettings.scripts[${i}].entityId must be a UUID`);
    if (script.kind === 'src' ? !/^https:\/\//i.test(script.content) : !/^<script[\s>]/i.test(script.content)) fail(`storeSettings.scripts[${i}].content must be an https URL (src) or a <script> tag (inline)`);
  }
  const privacy = seed.storeSettings?.privacyPolicyUrl;
  if (privacy !== undefined && !httpOrPath.test(privacy)) fail('storeSettings.privacyPolicyUrl must be an http(s) URL or a path starting with "/"');
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
  if (seed.reviews !== undefined && !Array.isArray(seed.reviews)) fail('"reviews" must be an array when given');
  uniqueIds(seed.reviews ?? [], 'reviews', fail);
  for (const [i, r] of (seed.reviews ?? []).entries()) {
    if (!targets['product']!.has(r.productEntityId)) fail(`reviews[${i}].productEntityId ${r.productEntityId} names no product of the seed`);
    if (!Number.isInteger(r.rating) || r.rating < 1 || r.rating > 5) fail(`reviews[${i}].rating must be a whole number from 1 to 5`);
    if (Number.isNaN(Date.parse(r.createdAt))) fail(`reviews[${i}].createdAt must be an ISO 8601 date`);
    for (const key of ['title', 'text', 'author'] as const) if (typeof r[key] !== 'string') fail(`reviews[${i}].${key} must be a string`);
  }
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
