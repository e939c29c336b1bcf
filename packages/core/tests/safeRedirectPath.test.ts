import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '../src/safeRedirectPath.js';

// Open-redirect payloads from the OWASP cheat sheet / testing guide and PayloadsAllTheThings.
const ATTACKS = [
  'https://evil.com',
  'http://evil.com/path',
  '//evil.com',
  '///evil.com',
  '////evil.com/%2e%2e',
  '/\\evil.com',
  '\\/evil.com',
  '\\\\evil.com',
  '/\\/evil.com',
  '/%5Cevil.com',
  '/%5cevil.com',
  '/%2F%2Fevil.com',
  '/%2f%2fevil.com',
  '%2F%2Fevil.com',
  '/%252F%252Fevil.com',
  '/%25252F%25252Fevil.com',
  '/%255Cevil.com',
  '/%09/evil.com',
  '/\t/evil.com',
  '/\n/evil.com',
  '/\r/evil.com',
  '\t//evil.com',
  ' //evil.com',
  '/%0D%0A/evil.com',
  '/%00/evil.com',
  '/..//evil.com',
  '/../..//evil.com',
  '/./%2F/evil.com',
  '/%2e%2e//evil.com',
  '/%2e%2e%2f%2fevil.com',
  '/.%2e//evil.com',
  'javascript:alert(1)',
  '/javascript:alert(1)'.replace('/', ''),
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
  'evil.com',
  '@evil.com',
  '.evil.com',
  'http:evil.com',
  'http:/evil.com',
  'https:\\\\evil.com',
  '//evil%E3%80%82com',
  '/%2F/evil.com',
  '/%5C%5Cevil.com',
  '/\u0000',
  '/%',
  '/%zz',
  '/%E0%A4%A',
  '',
  '/' + 'a'.repeat(3000),
];

describe('safeRedirectPath', () => {
  it.each(ATTACKS.map((a) => [a]))('rejects %j', (attack) => {
    expect(safeRedirectPath(attack)).toBe('/');
    expect(safeRedirectPath(attack, '/account')).toBe('/account');
  });

  it.each([
    ['/', '/'],
    ['/checkout', '/checkout'],
    ['/products/shirt?color=red&size=m#reviews', '/products/shirt?color=red&size=m#reviews'],
    ['/search?q=caf%C3%A9', '/search?q=caf%C3%A9'],
    ['/search?q=a b', '/search?q=a%20b'],
    ['/a/./b/../c', '/a/c'],
    ['/fr/panier?redirect=%2Faccount', '/fr/panier?redirect=%2Faccount'],
    ['/account?next=https://elsewhere.example', '/account?next=https://elsewhere.example'],
    ['/@user', '/@user'],
    ['/path//with//double', '/path//with//double'],
  ])('keeps %j as %j', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });

  it('never throws and never returns anything but a single-slash path for random input', () => {
    const chars = ['/', '\\', '%', '2', 'F', '5', 'C', 'e', '.', ':', '@', '\t', ' ', '?', '#', 'a', 'h', 't', 'p', 's'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 10_000; i++) {
      let value = '';
      const length = Math.floor(rand() * 16);
      for (let j = 0; j < length; j++) value += chars[Math.floor(rand() * chars.length)];
      const out = safeRedirectPath(value, '/fallback');
      expect(out.startsWith('/')).toBe(true);
      expect(out[1]).not.toBe('/');
      expect(out).not.toContain('\\');
      expect(new URL(out, 'https://shop.example').origin).toBe('https://shop.example');
      // What a browser does with the answer as a Location header: stays on the site.
      expect(new URL(decodeURIComponentSafe(out), 'https://shop.example').origin).toBe('https://shop.example');
    }
  });

  it('ignores non-string input', () => {
    expect(safeRedirectPath(undefined)).toBe('/');
    expect(safeRedirectPath(['/a'])).toBe('/');
    expect(safeRedirectPath(null, '/x')).toBe('/x');
  });
});

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

describe('safeRedirectPath entries', () => {
  it('is the same function from the server entry and the queries entry', async () => {
    const server = await import('../src/server/index.js');
    const queries = await import('../src/queries/index.js');
    expect(server.safeRedirectPath).toBe(safeRedirectPath);
    expect(queries.safeRedirectPath).toBe(safeRedirectPath);
  });
});
