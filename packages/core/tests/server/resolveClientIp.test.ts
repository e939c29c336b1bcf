import { describe, expect, it } from 'vitest';
import { resolveClientIp, type ResolveClientIpOptions } from '../../src/server/resolveClientIp.js';

const CLOUDFLARE = ['173.245.48.0/20', '103.21.244.0/22', '2400:cb00::/32'];

type Case = [name: string, headers: Record<string, string | string[]>, options: ResolveClientIpOptions, expected: string];

const cases: Case[] = [
  ['no trusted proxies: headers ignored', { 'x-forwarded-for': '1.1.1.1', forwarded: 'for=2.2.2.2' }, { remoteAddress: '10.0.0.1' }, '10.0.0.1'],
  ['hop count 0 is no trust', { 'x-forwarded-for': '1.1.1.1' }, { remoteAddress: '10.0.0.1', trustedProxies: 0 }, '10.0.0.1'],
  ['Cloudflare → nginx on loopback', { 'x-forwarded-for': '203.0.113.7, 173.245.48.5' }, { remoteAddress: '127.0.0.1', trustedProxies: ['loopback', ...CLOUDFLARE] }, '203.0.113.7'],
  ['Cloudflare, client spoofs a leftmost entry', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 173.245.48.5' }, { remoteAddress: '127.0.0.1', trustedProxies: ['loopback', ...CLOUDFLARE] }, '203.0.113.7'],
  ['Cloudflare, client spoofs a Cloudflare address on the left', { 'x-forwarded-for': '173.245.48.9, 203.0.113.7, 173.245.48.5' }, { remoteAddress: '127.0.0.1', trustedProxies: ['loopback', ...CLOUDFLARE] }, '203.0.113.7'],
  ['Cloudflare over IPv6', { 'x-forwarded-for': '2001:DB8:0:0::7, 2400:cb00:2049::1' }, { remoteAddress: '::1', trustedProxies: ['loopback', ...CLOUDFLARE] }, '2001:db8::7'],
  ['AWS ALB, one hop', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9' }, { remoteAddress: '10.0.1.20', trustedProxies: 1 }, '198.51.100.9'],
  ['ALB, IPv6 client', { 'x-forwarded-for': '2001:0DB8::0001' }, { remoteAddress: '10.0.1.20', trustedProxies: 1 }, '2001:db8::1'],
  ['Azure-style IPv4 with port', { 'x-forwarded-for': '198.51.100.9:56789' }, { remoteAddress: '10.0.1.20', trustedProxies: 1 }, '198.51.100.9'],
  ['bracketed IPv6 with port in XFF', { 'x-forwarded-for': '[2001:db8::9]:443' }, { remoteAddress: '10.0.1.20', trustedProxies: 1 }, '2001:db8::9'],
  ['nginx two hops by count', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: 2 }, '198.51.100.9'],
  ['count larger than the chain gives the leftmost', { 'x-forwarded-for': '198.51.100.9, 10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: 5 }, '198.51.100.9'],
  ['every hop trusted gives the leftmost', { 'x-forwarded-for': '10.0.0.3, 10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/8'] }, '10.0.0.3'],
  ['untrusted socket peer: headers ignored', { 'x-forwarded-for': '198.51.100.9' }, { remoteAddress: '8.8.8.8', trustedProxies: ['10.0.0.0/8'] }, '8.8.8.8'],
  ['IPv4-mapped socket peer matches an IPv4 range', { 'x-forwarded-for': '198.51.100.9' }, { remoteAddress: '::ffff:127.0.0.1', trustedProxies: ['loopback'] }, '198.51.100.9'],
  ['IPv6 proxy range', { 'x-forwarded-for': '2001:db8::9' }, { remoteAddress: '2600:1f18::5', trustedProxies: ['2600:1f18::/32'] }, '2001:db8::9'],
  ['IPv6 socket peer with zone', { 'x-forwarded-for': '198.51.100.9' }, { remoteAddress: 'fe80::1%eth0', trustedProxies: ['linklocal'] }, '198.51.100.9'],
  ['whitespace and tabs', { 'x-forwarded-for': '  6.6.6.6 ,\t198.51.100.9\t ' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '198.51.100.9'],
  ['empty hops are skipped', { 'x-forwarded-for': '198.51.100.9,, 10.0.0.2 ,' }, { remoteAddress: '10.0.0.1', trustedProxies: 2 }, '198.51.100.9'],
  ['malformed hop stops the walk at the last good address', { 'x-forwarded-for': '198.51.100.9, garbage, 10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/8'] }, '10.0.0.2'],
  ['IPv4 with leading zeros is malformed', { 'x-forwarded-for': '198.51.100.9, 010.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/8'] }, '10.0.0.1'],
  ['several header lines concatenate in order', { 'x-forwarded-for': ['6.6.6.6, 198.51.100.9', '10.0.0.2'] }, { remoteAddress: '10.0.0.1', trustedProxies: 2 }, '198.51.100.9'],
  ['header names are case-insensitive in records', { 'X-Forwarded-For': '198.51.100.9' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '198.51.100.9'],
  ['Forwarded, RFC 7239 example', { forwarded: 'for=192.0.2.60;proto=http;by=203.0.113.43' }, { remoteAddress: '127.0.0.1', trustedProxies: ['loopback'] }, '192.0.2.60'],
  ['Forwarded, quoted IPv6 with port', { forwarded: 'for="[2001:db8:cafe::17]:4711"' }, { remoteAddress: '127.0.0.1', trustedProxies: 1 }, '2001:db8:cafe::17'],
  ['Forwarded, mixed-case names and spacing', { forwarded: 'For="[2001:DB8::1]" ; Proto=https, FOR=192.0.2.1 ;by=_proxy' }, { remoteAddress: '127.0.0.1', trustedProxies: 2 }, '2001:db8::1'],
  ['Forwarded, spoofed leftmost element', { forwarded: 'for=6.6.6.6, for=192.0.2.60' }, { remoteAddress: '127.0.0.1', trustedProxies: 1 }, '192.0.2.60'],
  ['Forwarded, unknown stops the walk', { forwarded: 'for=6.6.6.6, for=unknown, for=10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/8'] }, '10.0.0.2'],
  ['Forwarded, obfuscated identifier stops the walk', { forwarded: 'for=6.6.6.6, for="_gazonk", for=10.0.0.2' }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/8'] }, '10.0.0.2'],
  ['Forwarded, obfuscated port is fine', { forwarded: 'for="[2001:db8::5]:_p1"' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '2001:db8::5'],
  ['Forwarded, element without for stops', { forwarded: 'for=6.6.6.6, proto=https' }, { remoteAddress: '10.0.0.1', trustedProxies: 3 }, '10.0.0.1'],
  ['Forwarded, duplicate for is malformed', { forwarded: 'for=6.6.6.6;for=198.51.100.1' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '10.0.0.1'],
  ['Forwarded, client-written unbalanced quote cannot swallow the proxy element', { forwarded: 'for="6.6.6.6, for=192.0.2.60' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '192.0.2.60'],
  ['Forwarded, escaped quoted-string', { forwarded: 'for="\\192.0.2.60"' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '192.0.2.60'],
  ['both headers agreeing are followed', { forwarded: 'for=192.0.2.60', 'x-forwarded-for': '192.0.2.60' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '192.0.2.60'],
  ['both headers disagreeing stop at the proxy', { forwarded: 'for=6.6.6.6', 'x-forwarded-for': '192.0.2.60' }, { remoteAddress: '10.0.0.1', trustedProxies: 1 }, '10.0.0.1'],
  ['header: x-forwarded-for ignores a client-sent Forwarded', { forwarded: 'for=6.6.6.6', 'x-forwarded-for': '192.0.2.60' }, { remoteAddress: '10.0.0.1', trustedProxies: 1, header: 'x-forwarded-for' }, '192.0.2.60'],
  ['header: forwarded ignores a client-sent X-Forwarded-For', { forwarded: 'for=192.0.2.60', 'x-forwarded-for': '6.6.6.6' }, { remoteAddress: '10.0.0.1', trustedProxies: 1, header: 'forwarded' }, '192.0.2.60'],
  ['header: forwarded with only X-Forwarded-For present', { 'x-forwarded-for': '6.6.6.6' }, { remoteAddress: '10.0.0.1', trustedProxies: 1, header: 'forwarded' }, '10.0.0.1'],
];

describe('resolveClientIp: real-world chains', () => {
  it.each(cases)('%s', (_name, headers, options, expected) => {
    expect(resolveClientIp({ headers }, options)).toBe(expected);
  });

  it('reads a Fetch Request and its appended header lines', () => {
    const headers = new Headers();
    headers.append('X-Forwarded-For', '6.6.6.6');
    headers.append('X-Forwarded-For', '198.51.100.9');
    const request = new Request('http://shop.test/api/storefront/graphql', { headers });
    expect(resolveClientIp(request, { remoteAddress: '10.0.0.1', trustedProxies: 1 })).toBe('198.51.100.9');
    expect(resolveClientIp(request.headers, { remoteAddress: '10.0.0.1', trustedProxies: 2 })).toBe('6.6.6.6');
  });

  it('normalises the socket peer when nothing is trusted', () => {
    expect(resolveClientIp({ headers: {} }, { remoteAddress: '::ffff:192.0.2.1' })).toBe('192.0.2.1');
    expect(resolveClientIp({ headers: {} }, { remoteAddress: '2001:DB8:0::1' })).toBe('2001:db8::1');
  });

  it('looks at no more than the last 32 hops', () => {
    const chain = ['198.51.100.9', ...Array.from({ length: 40 }, (_, i) => `10.0.0.${i + 2}`)].join(', ');
    // 41 hops are all within reach of a count of 100, but only 32 are read: the walk ends inside the chain.
    expect(resolveClientIp({ headers: { 'x-forwarded-for': chain } }, { remoteAddress: '10.0.0.1', trustedProxies: 100 })).toBe('10.0.0.10');
  });

  it('throws a clear configuration error for a bad remoteAddress or proxy list', () => {
    expect(() => resolveClientIp({ headers: {} }, { remoteAddress: 'localhost' })).toThrow(/resolveClientIp: remoteAddress "localhost" is not an IP address/);
    expect(() => resolveClientIp({ headers: {} }, { remoteAddress: '10.0.0.1', trustedProxies: ['10.0.0.0/99'] })).toThrow(/trustedProxies/);
  });
});
