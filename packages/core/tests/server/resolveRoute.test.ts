import { defaultSeed } from '@bc-headless/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRoute } from '../../src/queries/resolveRoute.js';
import { createLocaleRouting } from '../../src/routing/createLocaleRouting.js';
import { startStack, type Stack } from './support/startStack.js';

// Redirects a compromised or careless store could hold; the sandbox's seed check lets these through.
const HOSTILE_REDIRECTS = [
  { entityId: 901, fromPath: '/hostile-protocol-relative/', to: { type: 'url' as const, url: '//evil.example/x' } },
  { entityId: 902, fromPath: '/hostile-backslash/', to: { type: 'url' as const, url: '/\\evil.example' } },
  { entityId: 903, fromPath: '/hostile-credentials/', to: { type: 'url' as const, url: 'https://user:pw@evil.example/' } },
  { entityId: 904, fromPath: '/hostile-encoded/', to: { type: 'url' as const, url: '/%2F%2Fevil.example' } },
  { entityId: 905, fromPath: '/self/', to: { type: 'url' as const, url: '/self' } },
];

let stack: Stack;
const routing = createLocaleRouting({ locales: ['en', 'fr', 'de'], defaultLocale: 'en' });
const client = () => stack.client.forRequest(new Request('https://shop.example/'), { remoteAddress: '127.0.0.1' });
beforeAll(async () => {
  stack = await startStack({ sandbox: { seed: { ...defaultSeed, redirects: [...(defaultSeed.redirects ?? []), ...HOSTILE_REDIRECTS] } } });
  // A scheme the seed check refuses, as a compromised upstream could still answer it.
  (stack.sandbox.store.catalog.redirects as unknown as object[]).push({ entityId: 906, fromPath: '/hostile-script/', to: { type: 'url', url: 'javascript:alert(1)' } });
});
afterAll(() => stack.close());

describe('resolveRoute over HTTP against the sandbox', () => {
  it.each([
    ['/house-blend/', { kind: 'product', entityId: 111, path: '/house-blend/' }],
    ['/kitchen/brewing/', { kind: 'category', entityId: 25 }],
    ['/brands/ridgeline-roasters/', { kind: 'brand', entityId: 31, name: 'Ridgeline Roasters' }],
    ['/about-us/', { kind: 'page', pageType: 'NormalPage', entityId: 1 }],
    ['/contact-us/', { kind: 'page', pageType: 'ContactPage', entityId: 3 }],
    ['/size-guide/', { kind: 'page', pageType: 'RawHtmlPage', entityId: 5 }],
    ['/blog/', { kind: 'blog', path: '/blog/' }],
    ['/blog/cold-brew-at-home/', { kind: 'blogPost', entityId: 4 }],
    ['/no-such-page/', { kind: 'notFound' }],
  ])('resolves %s', async (path, expected) => {
    expect(await resolveRoute(client(), path)).toMatchObject(expected);
  });

  it('resolves trailing-slash and case variants to the same entity, with its canonical path', async () => {
    for (const path of ['/house-blend', '/House-Blend/', '/house-blend/?utm_source=mail']) {
      expect(await resolveRoute(client(), path), path).toMatchObject({ kind: 'product', entityId: 111, path: '/house-blend/' });
    }
  });

  it('reads names in the request locale', async () => {
    expect(await resolveRoute(client(), '/coffee/', { locale: 'fr' })).toMatchObject({ kind: 'category', name: 'Café' });
    expect(await resolveRoute(client(), '/coffee/', { locale: 'de' })).toMatchObject({ kind: 'category', name: 'Kaffee' });
  });

  it('answers a dynamic redirect as the target path, in the request locale, keeping the shopper query', async () => {
    expect(await resolveRoute(client(), '/old-house-blend/')).toEqual({ kind: 'redirect', location: '/house-blend/', status: 301, external: false });
    expect(await resolveRoute(client(), '/old-house-blend/?utm_source=mail', { locale: 'fr', routing })).toEqual({ kind: 'redirect', location: '/fr/house-blend/?utm_source=mail', status: 301, external: false });
    expect(await resolveRoute(client(), '/search.php?q=mug')).toMatchObject({ kind: 'redirect', location: '/outdoor/' });
  });

  it('prefers the redirect when a path is both an entity and a redirect (as Catalyst does)', async () => {
    expect(await resolveRoute(client(), '/enamel-trail-mug/')).toMatchObject({ kind: 'redirect', external: false });
  });

  it('answers a manual redirect: a relative one in the locale, an absolute one to another site as external', async () => {
    expect(await resolveRoute(client(), '/old-catalogue.pdf', { locale: 'de', routing })).toEqual({ kind: 'redirect', location: '/de/shipping-returns/', status: 301, external: false });
    expect(await resolveRoute(client(), '/PARTNERS')).toEqual({ kind: 'redirect', location: 'https://example.com/partners', status: 301, external: true });
    expect(await resolveRoute(client(), '/PARTNERS', { externalRedirects: false })).toEqual({ kind: 'notFound' });
  });
});

describe('resolveRoute never redirects off-site except a manual http(s) redirect', () => {
  it.each(['/hostile-protocol-relative/', '/hostile-backslash/', '/hostile-credentials/', '/hostile-encoded/', '/hostile-script/'])('answers %s as not found', async (path) => {
    expect(await resolveRoute(client(), path, { locale: 'fr', routing })).toEqual({ kind: 'notFound' });
  });

  it('does not follow a redirect to the page asked for (a loop)', async () => {
    expect(await resolveRoute(client(), '/self/')).toEqual({ kind: 'notFound' });
  });

  it.each(['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/%2F%2Fevil.example', '', `/${'a'.repeat(5000)}`])(
    'answers the path %j as not found without a request',
    async (path) => {
      const before = stack.upstream.length;
      expect(await resolveRoute(client(), path)).toEqual({ kind: 'notFound' });
      expect(stack.upstream.length).toBe(before);
    },
  );

  it('never answers a location off the site for any seeded redirect but the external one', async () => {
    for (const redirect of stack.sandbox.store.catalog.redirects) {
      const route = await resolveRoute(client(), redirect.fromPath, { locale: 'fr', routing });
      if (route.kind !== 'redirect' || route.external) continue;
      expect(new URL(route.location, 'https://shop.example').origin, redirect.fromPath).toBe('https://shop.example');
      expect(route.location.startsWith('/fr/'), redirect.fromPath).toBe(true);
    }
  });
});
