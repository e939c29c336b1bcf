import { describe, expect, it } from 'vitest';
import { ipInCidr, parseCidr } from '../../src/server/ip/ipInCidr.js';
import { parseIp } from '../../src/server/ip/parseIp.js';
import { createTrustedProxies } from '../../src/server/ip/trustedProxies.js';

const inside = (ip: string, cidr: string) => ipInCidr(parseIp(ip)!, [parseCidr(cidr)!]);

describe('parseCidr / ipInCidr', () => {
  it.each([
    ['10.1.2.3', '10.0.0.0/8', true],
    ['11.0.0.0', '10.0.0.0/8', false],
    ['172.31.255.255', '172.16.0.0/12', true],
    ['172.32.0.0', '172.16.0.0/12', false],
    ['192.168.1.7', '192.168.1.7', true],
    ['192.168.1.8', '192.168.1.7', false],
    ['8.8.8.8', '0.0.0.0/0', true],
    ['2001:db8::1', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['2001:db8:1234::1', '2001:db8:1200::/39', true], // a prefix that ends inside a byte
    ['2001:db8:1400::1', '2001:db8:1200::/39', false],
    ['::ffff:10.0.0.5', '10.0.0.0/8', true], // mapped addresses are IPv4
    ['10.0.0.5', '::ffff:10.0.0.0/104', true], // mapped networks are IPv4
    ['10.0.0.5', '::/0', false], // no cross-family matches
    ['2001:db8::1', '0.0.0.0/0', false],
    ['10.1.2.3', '10.1.2.99/24', true], // host bits in the network are ignored
  ])('%s in %s → %s', (ip, cidr, expected) => {
    expect(inside(ip, cidr)).toBe(expected);
  });

  it('matches any of several networks, of either family, and none of an empty list', () => {
    const cidrs = ['fc00::/7', '10.0.0.0/8', '192.168.0.0/16'].map((c) => parseCidr(c)!);
    expect(ipInCidr(parseIp('192.168.4.4')!, cidrs)).toBe(true);
    expect(ipInCidr(parseIp('fd12::1')!, cidrs)).toBe(true);
    expect(ipInCidr(parseIp('8.8.8.8')!, cidrs)).toBe(false);
    expect(ipInCidr(parseIp('10.0.0.1')!, [])).toBe(false);
  });

  it.each(['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/-1', '::/129', 'abc', '::ffff:0:0/95', '10.0.0.0/8/8', ''])(
    'refuses %j',
    (text) => {
      expect(parseCidr(text)).toBeNull();
    },
  );
});

describe('createTrustedProxies', () => {
  it('expands presets', () => {
    const trust = createTrustedProxies(['loopback', 'uniquelocal']);
    expect(trust.isTrusted(parseIp('127.0.0.1')!, 0)).toBe(true);
    expect(trust.isTrusted(parseIp('::1')!, 0)).toBe(true);
    expect(trust.isTrusted(parseIp('fd00::5')!, 0)).toBe(true);
    expect(trust.isTrusted(parseIp('192.168.0.1')!, 5)).toBe(true);
    expect(trust.isTrusted(parseIp('8.8.8.8')!, 0)).toBe(false);
  });

  it('trusts a hop count by position only', () => {
    const trust = createTrustedProxies(2);
    expect(trust.isTrusted(parseIp('8.8.8.8')!, 1)).toBe(true);
    expect(trust.isTrusted(parseIp('10.0.0.1')!, 2)).toBe(false);
  });

  it('treats nothing, 0 and [] as no trust', () => {
    for (const option of [undefined, 0, []]) expect(createTrustedProxies(option).none).toBe(true);
  });

  it('throws a clear error for a bad entry or count', () => {
    expect(() => createTrustedProxies(['10.0.0.0/8', '10.0.0.0/33'])).toThrow(/"10\.0\.0\.0\/33" is not an IP address, a CIDR/);
    expect(() => createTrustedProxies(-1)).toThrow(/non-negative integer/);
    expect(() => createTrustedProxies(1.5)).toThrow(/non-negative integer/);
  });

  it('caches a compiled list by identity', () => {
    const list = ['10.0.0.0/8'];
    expect(createTrustedProxies(list)).toBe(createTrustedProxies(list));
  });
});
