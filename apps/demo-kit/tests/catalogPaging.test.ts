import { describe, expect, it } from 'vitest';
import { pagerHrefs, productListVariables } from '../src/catalogPaging.js';

const info = (hasPreviousPage: boolean, hasNextPage: boolean) => ({ hasPreviousPage, hasNextPage, startCursor: 'S', endCursor: 'E' });
const at = (href: string) => {
  const url = new URL(href, 'http://local');
  return { pathname: url.pathname, params: url.searchParams };
};

describe('productListVariables', () => {
  it('passes only what is set, and `after` over `before`', () => {
    expect(productListVariables({ after: null, before: null })).toEqual({});
    expect(productListVariables({ categoryEntityId: 21, after: 'a', before: 'b' })).toEqual({ categoryEntityId: 21, after: 'a' });
    expect(productListVariables({ searchTerm: 'mug', after: null, before: 'b' })).toEqual({ searchTerm: 'mug', before: 'b' });
    // An empty search lists everything.
    expect(productListVariables({ searchTerm: '', after: null, before: null })).toEqual({});
  });
});

describe('pagerHrefs', () => {
  it('links the next page by cursor and page number, keeping the search term', () => {
    expect(pagerHrefs(at('/search?q=mug'), 1, info(false, true))).toEqual({ visible: true, previous: null, next: '/search?q=mug&after=E&page=2' });
    expect(pagerHrefs(at('/category/21/coffee?after=X&page=2'), 2, info(true, false))).toEqual({ visible: true, previous: '/category/21/coffee', next: null });
  });

  it('goes back by cursor from page 3 on, and never shows Previous on page 1', () => {
    expect(pagerHrefs(at('/?after=X&page=3'), 3, info(true, true))).toEqual({ visible: true, previous: '/?before=S&page=2', next: '/?after=E&page=4' });
    // A cursor that still says "previous" on page 1 shows the pager without a Previous link.
    expect(pagerHrefs(at('/'), 1, info(true, false))).toEqual({ visible: true, previous: null, next: null });
    expect(pagerHrefs(at('/'), 1, info(false, false)).visible).toBe(false);
  });
});
