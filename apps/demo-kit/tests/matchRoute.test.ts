import { describe, expect, it } from 'vitest';
import { matchRoute } from '../src/matchRoute.js';

const at = (href: string) => {
  const url = new URL(href, 'http://local');
  return matchRoute(url.pathname, url.searchParams);
};

describe('matchRoute', () => {
  it('maps every route of the demos to its page and what the page needs', () => {
    expect(at('/')).toEqual({ name: 'home', key: 'home', after: null, before: null, page: 1 });
    expect(at('/?after=abc&page=2')).toMatchObject({ name: 'home', after: 'abc', page: 2 });
    expect(at('/category/21/coffee?before=b')).toMatchObject({ name: 'category', categoryEntityId: 21, before: 'b', key: 'category/21' });
    expect(at('/category/21')).toMatchObject({ name: 'category', categoryEntityId: 21 });
    expect(at('/search?q=grinder')).toMatchObject({ name: 'search', searchTerm: 'grinder', key: 'search/grinder' });
    expect(at('/search')).toMatchObject({ name: 'search', searchTerm: '' });
    expect(at('/product/121/enamel-trail-mug')).toEqual({ name: 'product', key: 'product/121', entityId: 121 });
    expect(at('/cart').name).toBe('cart');
    expect(at('/checkout').name).toBe('checkout');
    expect(at('/login?redirectTo=%2Fcheckout')).toMatchObject({ name: 'login', redirectTo: '/checkout' });
    expect(at('/login')).toMatchObject({ name: 'login', redirectTo: null });
    expect(at('/order/7?correlationId=abc')).toMatchObject({ name: 'order', orderId: 7, correlationId: 'abc' });
    for (const unknown of ['/product/abc', '/category/', '/order/7/x', '/nope']) expect(at(unknown).name, unknown).toBe('not-found');
  });

  it('keeps the key for Next / Previous but not for another category, search or product', () => {
    expect(at('/category/21/coffee?after=x&page=2').key).toBe(at('/category/21/coffee').key);
    expect(at('/category/22/outdoor').key).not.toBe(at('/category/21/coffee').key);
    expect(at('/search?q=a&page=2').key).toBe(at('/search?q=a').key);
    expect(at('/search?q=b').key).not.toBe(at('/search?q=a').key);
    expect(at('/product/2').key).not.toBe(at('/product/1').key);
  });
});
