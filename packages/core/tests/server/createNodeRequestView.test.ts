import { describe, expect, it } from 'vitest';
import { createNodeRequestView, toFetchRequest } from '../../src/server/handler/createNodeRequestView.js';
import { readHeader } from '../../src/server/readHeader.js';

// Node's parsed request headers: names in lower case, repeated lines joined (Set-Cookie an array),
// HTTP/2 pseudo-headers beside the real ones.
const nodeHeaders = {
  host: 'shop.example:8080',
  cookie: 'a=1; b=2',
  'x-forwarded-for': '203.0.113.7, 10.0.0.1',
  'set-cookie': ['x=1', 'y=2'],
  ':path': '/api/storefront/graphql',
  'x-absent': undefined,
};

describe('createNodeRequestView', () => {
  it('reads headers as Fetch Headers would: any case, repeated values joined, absent as null', () => {
    const view = createNodeRequestView('POST', 'http://shop.example:8080/api/storefront/graphql', nodeHeaders, () => {
      throw new Error('not needed');
    });
    expect(view.method).toBe('POST');
    expect(view.url).toBe('http://shop.example:8080/api/storefront/graphql');
    expect(view.headers.get('Cookie')).toBe('a=1; b=2');
    expect(view.headers.get('X-FORWARDED-FOR')).toBe('203.0.113.7, 10.0.0.1');
    expect(view.headers.get('set-cookie')).toBe('x=1, y=2');
    expect(view.headers.get('x-absent')).toBeNull();
    expect(view.headers.get('origin')).toBeNull();
    expect(view.headers.has('host')).toBe(true);
    expect(view.headers.has('origin')).toBe(false);
    // A pseudo-header is not a header.
    expect(view.headers.get(':path')).toBeNull();
    expect(view.body).toBeNull();
    // The server entry's header reader takes it like a Request.
    expect(readHeader(view, 'x-forwarded-for')).toBe('203.0.113.7, 10.0.0.1');
    expect(readHeader(view.headers, 'cookie')).toBe('a=1; b=2');
  });

  it('builds the real Request only when asked, and only once', () => {
    let built = 0;
    const real = new Request('http://shop.example/api/storefront/graphql', { method: 'POST', headers: { cookie: 'a=1' } });
    const view = createNodeRequestView('POST', real.url, { cookie: 'a=1' }, () => {
      built += 1;
      return real;
    });
    expect(built).toBe(0);
    expect(toFetchRequest(view)).toBe(real);
    expect(toFetchRequest(view)).toBe(real);
    expect(built).toBe(1);
    // A Request is its own Fetch request.
    expect(toFetchRequest(real)).toBe(real);
  });
});
