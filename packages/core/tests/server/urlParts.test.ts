import { describe, expect, it } from 'vitest';
import { urlParts } from '../../src/server/urlParts.js';

describe('urlParts', () => {
  it('gives the pathname, host and hostname a URL parse gives, also when asked again', () => {
    for (const text of [
      'http://127.0.0.1:4101/api/storefront/graphql',
      'HTTP://Shop.Example:80/api/./storefront/../storefront/graphql?x=1#y',
      'https://shop.example:443/a%2Fb',
      'http://[::1]:3000/',
      'https://xn--caf-dma.example/',
    ]) {
      const url = new URL(text);
      expect(urlParts(text)).toEqual({ pathname: url.pathname, host: url.host, hostname: url.hostname });
      expect(urlParts(text)).toEqual({ pathname: url.pathname, host: url.host, hostname: url.hostname });
    }
  });

  it('is null for what is not an absolute URL, every time', () => {
    for (const text of ['null', '', '/api/storefront/graphql', 'http://', 'http://exa mple.com/']) {
      expect(urlParts(text)).toBeNull();
      expect(urlParts(text)).toBeNull();
    }
  });

  it('hands out parts no caller can change for the next request', () => {
    const text = 'http://shop.example/api/storefront/graphql';
    const parts = urlParts(text)!;
    expect(() => ((parts as { host: string }).host = 'evil.example')).toThrow(TypeError);
    expect(urlParts(text)!.host).toBe('shop.example');
  });

  it('stays right past its memory, with a new URL every time', () => {
    for (let i = 0; i < 500; i++) {
      const text = `http://host${i}.example/p${i}`;
      expect(urlParts(text)).toEqual({ pathname: `/p${i}`, host: `host${i}.example`, hostname: `host${i}.example` });
    }
    expect(urlParts('http://host3.example/p3')).toEqual({ pathname: '/p3', host: 'host3.example', hostname: 'host3.example' });
  });
});
