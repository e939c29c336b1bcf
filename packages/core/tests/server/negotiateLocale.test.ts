import { describe, expect, it } from 'vitest';
import { createLocaleRouting } from '../../src/routing/createLocaleRouting.js';
import { negotiateLocale } from '../../src/server/negotiateLocale.js';

const routing = createLocaleRouting({ locales: ['en', 'fr', 'de'], defaultLocale: 'en' });
const home = (headers: Record<string, string>, path = '/') => new Request(`https://shop.example${path}`, { headers });

describe('negotiateLocale', () => {
  it.each([
    ['fr', '/fr/'],
    ['fr-CA', '/fr/'],
    ['de-AT;q=0.8, fr;q=0.5', '/de/'],
    ['es, fr;q=0.3, de;q=0.2', '/fr/'],
    ['fr;q=0.1, de;q=0.9', '/de/'],
    ['en-GB, fr;q=0.9', null],
    ['es, pt', null],
    ['*', null],
    ['', null],
  ])('sends Accept-Language %j to %j', (acceptLanguage, target) => {
    expect(negotiateLocale(home({ 'accept-language': acceptLanguage }), routing)).toBe(target);
  });

  it('lets the cookie choice win over Accept-Language, the default locale included', () => {
    expect(negotiateLocale(home({ cookie: 'bc_locale=de', 'accept-language': 'fr' }), routing)).toBe('/de/');
    expect(negotiateLocale(home({ cookie: 'bc_locale=en', 'accept-language': 'fr' }), routing)).toBeNull();
    expect(negotiateLocale(home({ cookie: 'lang=fr' }), routing, { cookie: 'lang' })).toBe('/fr/');
  });

  it('keeps the query string', () => {
    expect(negotiateLocale(home({ 'accept-language': 'fr' }, '/?utm_source=x'), routing)).toBe('/fr/?utm_source=x');
  });

  it('negotiates on / only', () => {
    expect(negotiateLocale(home({ 'accept-language': 'fr' }, '/shoes/'), routing)).toBeNull();
    expect(negotiateLocale(home({ 'accept-language': 'fr' }, '/de/'), routing)).toBeNull();
  });

  describe('hostile input', () => {
    it.each([
      'bc_locale=//evil.example',
      'bc_locale=https%3A%2F%2Fevil.example',
      'bc_locale=es',
      'bc_locale=%E0%A4%A',
      'bc_locale=fr; bc_locale=de', // two different values: a tossed cookie, trust neither
      `bc_locale=${'f'.repeat(20_000)}`,
    ])('ignores the cookie %j and falls back to Accept-Language', (cookie) => {
      expect(negotiateLocale(home({ cookie: cookie.slice(0, 30_000), 'accept-language': 'de' }), routing)).toBe('/de/');
    });

    it.each([
      '//evil.example',
      'fr/../../evil.example',
      '/\\evil.example',
      'fr;q=abc, de;q=-1, en;q=2',
      ';;;,,,=q=',
      `${'fr-'.repeat(3000)}x`,
      Array.from({ length: 2000 }, (_, i) => `x${i};q=0.${i % 9}`).join(','),
    ])('answers a same-site path or null for Accept-Language %j', (acceptLanguage) => {
      const target = negotiateLocale(home({ 'accept-language': acceptLanguage }), routing);
      expect(target === null || ['/fr/', '/de/'].includes(target)).toBe(true);
    });

    it('cannot be sent elsewhere by the request URL', () => {
      expect(negotiateLocale(home({ 'accept-language': 'fr' }, '/?next=//evil.example'), routing)).toBe('/fr/?next=//evil.example');
      expect(new URL(negotiateLocale(home({ 'accept-language': 'fr' }, '/?next=//evil.example'), routing)!, 'https://shop.example').origin).toBe('https://shop.example');
    });
  });
});
