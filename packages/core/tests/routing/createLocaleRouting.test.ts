import { describe, expect, it } from 'vitest';
import { createLocaleRouting } from '../../src/routing/createLocaleRouting.js';

const routing = createLocaleRouting({ locales: ['en', 'fr', 'de', 'fr-CA'], defaultLocale: 'en' });

describe('createLocaleRouting().parse', () => {
  it.each([
    ['/', 'en', '/', true],
    ['/shoes/', 'en', '/shoes/', true],
    ['/fr/', 'fr', '/', true],
    ['/fr/shoes/?page=2#top', 'fr', '/shoes/?page=2#top', true],
    ['/fr-ca/chaussures/', 'fr-CA', '/chaussures/', true],
    ['/de', 'de', '/', false], // canonical is /de/
    ['/FR/shoes/', 'fr', '/shoes/', false],
    ['/en/shoes/', 'en', '/shoes/', false], // the default locale is unprefixed
    ['/fr?x=1', 'fr', '/?x=1', false],
    ['https://shop.example/fr/shoes/', 'fr', '/shoes/', true],
  ])('reads %j as %s %j (canonical %s)', (url, locale, path, canonical) => {
    expect(routing.parse(url)).toEqual({ locale, path, canonical });
  });

  it('reads a URL object', () => {
    expect(routing.parse(new URL('http://shop.example/de/hosen/?a=1'))).toEqual({ locale: 'de', path: '/hosen/?a=1', canonical: true });
  });

  it.each(['/es/zapatos/', '/french/', '/fr-ch/', '/%66r/', '/f/', '/frx/'])('does not take the unknown prefix of %j for a locale', (url) => {
    const parsed = routing.parse(url);
    expect(parsed.locale).toBe('en');
    expect(parsed.path).toBe(url);
  });

  it.each([
    '//evil.example/fr/',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/fr/..//evil.example',
    'javascript:alert(1)',
    '/fr/\r\nSet-Cookie: a=1',
    '\u0000',
    '',
    'x'.repeat(5000),
  ])('reads the malformed or foreign %j as the home page, not canonical', (url) => {
    expect(routing.parse(url)).toEqual({ locale: 'en', path: '/', canonical: false });
  });

  it('never returns a path that leaves the site', () => {
    for (const url of ['/fr//evil.example', '/fr/%2e%2e%2f%2fevil.example', '/fr/\\\\evil.example']) {
      const { path } = routing.parse(url);
      expect(path.startsWith('/')).toBe(true);
      expect(path.startsWith('//')).toBe(false);
      expect(new URL(path, 'https://shop.example').origin).toBe('https://shop.example');
    }
  });
});

describe('createLocaleRouting().href and alternates', () => {
  it('prefixes every locale but the default', () => {
    expect(routing.href('/shoes/', 'en')).toBe('/shoes/');
    expect(routing.href('/shoes/', 'fr')).toBe('/fr/shoes/');
    expect(routing.href('/', 'fr')).toBe('/fr/');
    expect(routing.href('/chaussures/?a=1', 'fr-CA')).toBe('/fr-ca/chaussures/?a=1');
    expect(routing.href('/x', 'FR')).toBe('/fr/x');
  });

  it('round-trips: parse(href(path, locale)) gives the path and locale back, canonical', () => {
    for (const locale of routing.locales) {
      for (const path of ['/', '/a/', '/a/b?c=d#e']) expect(routing.parse(routing.href(path, locale))).toEqual({ locale, path, canonical: true });
    }
  });

  it.each(['//evil.example', 'https://evil.example/', '/\\evil.example', '/%2f%2fevil.example', 'javascript:alert(1)'])('writes the unsafe path %j as the home page', (path) => {
    expect(routing.href(path, 'fr')).toBe('/fr/');
    expect(routing.href(path, 'en')).toBe('/');
  });

  it('refuses an unknown locale', () => {
    expect(() => routing.href('/', 'es')).toThrow(/createLocaleRouting: href locale "es" is not one of en, fr, de, fr-CA/);
  });

  it('lists the alternates as { locale, href }, default first', () => {
    expect(routing.alternates('/shoes/')).toEqual([
      { locale: 'en', href: '/shoes/' },
      { locale: 'fr', href: '/fr/shoes/' },
      { locale: 'de', href: '/de/shoes/' },
      { locale: 'fr-CA', href: '/fr-ca/shoes/' },
    ]);
  });

  it('matches locales case-insensitively and nothing else', () => {
    expect(routing.match('FR-ca')).toBe('fr-CA');
    expect(routing.match('es')).toBeNull();
    expect(routing.match({ toLowerCase: () => 'fr' })).toBeNull();
  });
});

describe('createLocaleRouting options', () => {
  it.each([
    [{ locales: [], defaultLocale: 'en' }, /options\.locales must be language tags/],
    [{ locales: ['en', '../x'], defaultLocale: 'en' }, /options\.locales must be language tags/],
    [{ locales: ['en', 'EN'], defaultLocale: 'en' }, /lists a locale twice/],
    [{ locales: ['en', 'fr'], defaultLocale: 'de' }, /options\.defaultLocale "de" must be one of options\.locales \(en, fr\)/],
  ])('refuses %j', (options, message) => {
    expect(() => createLocaleRouting(options)).toThrow(message);
  });

  it('puts the default locale first', () => {
    expect(createLocaleRouting({ locales: ['fr', 'en'], defaultLocale: 'en' }).locales).toEqual(['en', 'fr']);
  });
});
