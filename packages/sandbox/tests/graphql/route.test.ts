import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const ROUTE = `query Route($path: String!, $behavior: RouteRedirectBehavior!) {
  site { route(path: $path, redirectBehavior: $behavior) {
    node { __typename id
      ... on Product { entityId name path }
      ... on Category { entityId name path }
      ... on Brand { entityId name path }
      ... on NormalPage { entityId name path }
      ... on ContactPage { entityId path }
      ... on RawHtmlPage { entityId path }
      ... on Blog { name path }
      ... on BlogPost { entityId path } }
    redirect { __typename id fromPath toUrl to { __typename
      ... on ProductRedirect { entityId path id }
      ... on CategoryRedirect { entityId path }
      ... on BrandRedirect { entityId path }
      ... on PageRedirect { entityId path }
      ... on BlogPostRedirect { entityId path }
      ... on ManualRedirect { url } } } } } }`;

async function route(path: string, behavior: 'FOLLOW' | 'IGNORE' = 'IGNORE') {
  return (await gqlData(sandbox, ROUTE, { variables: { path, behavior } })).site.route;
}

describe('site.route', () => {
  test('resolves every kind of entity path to its node, and nothing to null', async () => {
    expect((await route('/house-blend/')).node).toMatchObject({ __typename: 'Product', entityId: 111, path: '/house-blend/' });
    expect((await route('/kitchen/brewing/')).node).toMatchObject({ __typename: 'Category', entityId: 25, path: '/kitchen/brewing/' });
    expect((await route('/brands/ridgeline-roasters/')).node).toMatchObject({ __typename: 'Brand', entityId: 31, name: 'Ridgeline Roasters' });
    expect((await route('/about-us/')).node).toMatchObject({ __typename: 'NormalPage', entityId: 1 });
    expect((await route('/contact-us/')).node).toMatchObject({ __typename: 'ContactPage', entityId: 3 });
    expect((await route('/size-guide/')).node).toMatchObject({ __typename: 'RawHtmlPage', entityId: 5 });
    expect((await route('/blog/')).node).toMatchObject({ __typename: 'Blog', path: '/blog/' });
    expect((await route('/blog/cold-brew-at-home/')).node).toMatchObject({ __typename: 'BlogPost', entityId: 4 });
    expect(await route('/no-such-page/')).toEqual({ node: null, redirect: null });
  });

  test('trailing slash, case and a query string do not change which entity a path names', async () => {
    for (const path of ['/house-blend', 'house-blend/', '/House-Blend/', '/house-blend//', '/house-blend/?utm_source=mail', '/house-blend/#reviews']) {
      expect((await route(path)).node, path).toMatchObject({ entityId: 111 });
    }
  });

  test('IGNORE answers a dynamic redirect without following it; FOLLOW answers its target as the node', async () => {
    const ignored = await route('/old-house-blend/');
    expect(ignored.node).toBeNull();
    expect(ignored.redirect).toMatchObject({
      __typename: 'Redirect',
      fromPath: '/old-house-blend/',
      toUrl: `${sandbox.url}/house-blend/`,
      to: { __typename: 'ProductRedirect', entityId: 111, path: '/house-blend/' },
    });
    const followed = await route('/old-house-blend', 'FOLLOW');
    expect(followed.node).toMatchObject({ __typename: 'Product', entityId: 111 });
    expect(followed.redirect).toEqual(ignored.redirect);
  });

  test('every dynamic redirect type names its target and FOLLOW returns it', async () => {
    const cases: Array<[string, string, string, number]> = [
      ['/shop/coffee-beans/', 'CategoryRedirect', 'Category', 21],
      ['/ridgeline/', 'BrandRedirect', 'Brand', 31],
      ['/about/', 'PageRedirect', 'NormalPage', 1],
      ['/news/trail-brewing/', 'BlogPostRedirect', 'BlogPost', 1],
    ];
    for (const [path, redirectType, nodeType, entityId] of cases) {
      const r = await route(path, 'FOLLOW');
      expect(r.redirect.to, path).toMatchObject({ __typename: redirectType, entityId });
      expect(r.redirect.toUrl, path).toBe(`${sandbox.url}${r.redirect.to.path}`);
      expect(r.node, path).toMatchObject({ __typename: nodeType, entityId, path: r.redirect.to.path });
    }
  });

  test('a manual redirect gives its URL and no node, with either behaviour', async () => {
    for (const behavior of ['IGNORE', 'FOLLOW'] as const) {
      const local = await route('/old-catalogue.pdf', behavior);
      expect(local).toMatchObject({ node: null, redirect: { toUrl: `${sandbox.url}/shipping-returns/`, to: { __typename: 'ManualRedirect', url: '/shipping-returns/' } } });
      const external = await route('/PARTNERS', behavior);
      expect(external).toMatchObject({ node: null, redirect: { toUrl: 'https://example.com/partners', to: { __typename: 'ManualRedirect' } } });
    }
  });

  test('a path that is both an entity and a redirect: IGNORE answers both, FOLLOW the redirect target', async () => {
    const ignored = await route('/enamel-trail-mug/');
    expect(ignored.node).toMatchObject({ __typename: 'Product', entityId: 121 });
    expect(ignored.redirect.to).toMatchObject({ __typename: 'ProductRedirect', entityId: 132 });
    expect((await route('/enamel-trail-mug/', 'FOLLOW')).node).toMatchObject({ __typename: 'Product', entityId: 132 });
  });

  test('a redirect naming a query string matches only that query (in any parameter order)', async () => {
    expect((await route('/search.php?q=mug', 'FOLLOW')).node).toMatchObject({ __typename: 'Category', entityId: 22 });
    expect((await route('/search.php?q=tea')).redirect).toBeNull();
    expect((await route('/search.php')).redirect).toBeNull();
  });

  test('redirectBehavior defaults to IGNORE', async () => {
    const data = await gqlData(sandbox, '{ site { route(path: "/old-house-blend/") { node { id } redirect { fromPath } } } }');
    expect(data.site.route).toEqual({ node: null, redirect: { fromPath: '/old-house-blend/' } });
  });

  test('hostile and malformed paths answer an empty route or a validation error, never a crash', async () => {
    for (const path of ['', '/', '//', '/../../etc/passwd', '/%00', '/\u0000/', `/${'a'.repeat(100_000)}/`, '/?q=' + '&'.repeat(5000), '/<script>alert(1)</script>/', '/\uD800/']) {
      expect(await route(path), JSON.stringify(path.slice(0, 40))).toEqual({ node: null, redirect: null });
    }
    const bad = await gql(sandbox, '{ site { route(path: "/x/", redirectBehavior: SOMETIMES) { node { id } } } }');
    expect(bad.body.errors?.[0]?.message).toMatch(/SOMETIMES/);
    const missing = await gql(sandbox, '{ site { route { node { id } } } }');
    expect(missing.body.errors?.[0]?.message).toMatch(/path/);
  });
});
