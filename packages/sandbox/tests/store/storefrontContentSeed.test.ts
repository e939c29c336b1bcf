import { describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { SandboxSeed } from '../../src/catalog/SandboxSeed.js';
import { createClock } from '../../src/clock.js';
import { createStore } from '../../src/store/createStore.js';

const make = (seed: SandboxSeed) => createStore({ storeHash: 'abc123', storeId: '1000001', clock: createClock(Date.UTC(2026, 0, 1)), seed });
const base = (): SandboxSeed => structuredClone(defaultSeed);

describe('seed: brands, web pages, blog and redirects', () => {
  test('a seed without them still loads (they are optional) and has none', () => {
    const { brands, webPages, blog, redirects, ...old } = base();
    void brands; void webPages; void blog; void redirects;
    const { catalog } = make({ ...old, products: old.products.map(({ brandEntityId, ...p }) => (void brandEntityId, p)) });
    expect(catalog.brands).toEqual([]);
    expect(catalog.webPages).toEqual([]);
    expect(catalog.blog).toBeNull();
    expect(catalog.redirects).toEqual([]);
  });

  test.each([
    ['a redirect to a javascript: URL', (s: SandboxSeed) => { s.redirects![0] = { entityId: 1, fromPath: '/x/', to: { type: 'url', url: 'javascript:alert(1)' } }; }, /redirects\[0\]\.to\.url/],
    ['a redirect to a missing product', (s: SandboxSeed) => { s.redirects![0] = { entityId: 1, fromPath: '/x/', to: { type: 'product', entityId: 9999 } }; }, /names no product/],
    ['a redirect of an unknown type', (s: SandboxSeed) => { (s.redirects![0] as any).to = { type: 'wormhole', entityId: 1 }; }, /to\.type/],
    ['a relative fromPath', (s: SandboxSeed) => { s.redirects![0]!.fromPath = 'x/'; }, /fromPath/],
    ['a product naming a missing brand', (s: SandboxSeed) => { s.products[0]!.brandEntityId = 77; }, /brandEntityId 77/],
    ['two brands with one id', (s: SandboxSeed) => { s.brands!.push({ ...s.brands![0]! }); }, /used twice/],
    ['a brand slug with a slash', (s: SandboxSeed) => { s.brands![0]!.slug = '../admin'; }, /brands\[0\]\.slug/],
    ['a page that is its own parent', (s: SandboxSeed) => { s.webPages![0]!.parentEntityId = s.webPages![0]!.entityId; }, /parentEntityId/],
    ['a link page to a data: URL', (s: SandboxSeed) => { s.webPages!.find((p) => p.type === 'LINK')!.link = 'data:text/html,hi'; }, /link/],
    ['an unknown page type', (s: SandboxSeed) => { (s.webPages![0] as any).type = 'WIDGET'; }, /type must be one of/],
    ['a post with a bad date', (s: SandboxSeed) => { s.blog!.posts[0]!.publishedDate = 'yesterday'; }, /publishedDate/],
    ['redirects that is not an array', (s: SandboxSeed) => { (s as any).redirects = { a: 1 }; }, /"redirects" must be an array/],
  ])('refuses %s, naming the field', (_name, spoil, message) => {
    const seed = base();
    spoil(seed);
    expect(() => make(seed)).toThrow(message);
  });
});
