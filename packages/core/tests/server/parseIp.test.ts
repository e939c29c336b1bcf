import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../src/server/ip/parseIp.js';
import { parseHopAddress } from '../../src/server/ip/parseHopAddress.js';
import { chance, ipv4, ipv6 } from './support/ipArbitraries.js';

describe('parseIp', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'], // first of two equal runs is compressed
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'], // a single zero word is not compressed
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'], // the longest run wins
    ['fe80::1%eth0', 'fe80::1'],
    ['fe80::1%25', 'fe80::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['::FFFF:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:192.168.1.1', '192.168.1.1'],
    ['::1.2.3.4', '::102:304'], // IPv4-compatible (deprecated) stays IPv6
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8'],
  ])('parses %s as %s', (input, expected) => {
    expect(parseIp(input)?.address).toBe(expected);
  });

  it.each([
    '', ' 1.2.3.4', '1.2.3.4 ', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.04', '0x7f.0.0.1',
    '127.1', '1.2.3.-1', '1..2.3', '::1::', ':::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:', '12345::', 'g::1', '1:2:3:4:5:6:7::8', '::1.2.3', '1.2.3.4::', '::1.2.3.4:1',
    'fe80::1%', 'fe80::1%eth 0', '[::1]', '1.2.3.4%eth0', 'unknown', '_hidden', '::ffff:256.1.1.1',
  ])('refuses %j', (input) => {
    expect(parseIp(input)).toBeNull();
  });

  it('agrees with node:net on 10 000 random well-formed and mutated literals', () => {
    const alphabet = [...'0123456789abcdefABCDEF:.%[]x '];
    const literal = fc
      .tuple(fc.oneof(ipv4, ipv6), chance(0.3))
      .map(([text, compress]) => (compress ? text.replace(/(^|:)0(:0)+(:|$)/, '::') : text));
    // One insertion, deletion or replacement of a character that matters to the parser, or none.
    const mutation = fc.option(fc.record({ at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace'), ch: fc.constantFrom(...alphabet) }), { freq: 2 });
    fc.assert(
      fc.property(literal, mutation, (literalText, edit) => {
        let text = literalText;
        if (edit) {
          const at = edit.at % (text.length + 1);
          text = edit.op === 'insert' ? text.slice(0, at) + edit.ch + text.slice(at) : text.slice(0, at) + (edit.op === 'replace' ? edit.ch : '') + text.slice(at + 1);
        }
        const parsed = parseIp(text);
        // Deliberately stricter than node:net: no leading zeros in IPv4 parts (octal ambiguity) and
        // zone ids limited to interface-name characters (node takes anything after `%`).
        const zone = text.includes('%') ? text.slice(text.indexOf('%') + 1) : null;
        const stricter = (/(^|[.:])0[0-9]/.test(text) && text.includes('.')) || (zone !== null && !/^[\w.~-]+$/.test(zone));
        const nodeVersion = stricter ? 0 : isIP(text);
        if (parsed === null) {
          expect(nodeVersion, `refused ${JSON.stringify(text)} which node:net accepts`).toBe(0);
        } else {
          expect(nodeVersion, JSON.stringify(text)).not.toBe(0);
          expect(isIP(parsed.address)).toBe(parsed.version);
          // Canonical form is a fixed point.
          expect(parseIp(parsed.address)?.address).toBe(parsed.address);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('parseHopAddress', () => {
  it.each([
    ['1.2.3.4:8080', '1.2.3.4'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:4711', '2001:db8::1'],
    ['[fe80::1%eth0]:80', 'fe80::1'],
    ['[::ffff:10.0.0.1]:443', '10.0.0.1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('parses %s as %s', (input, expected) => {
    expect(parseHopAddress(input)?.address).toBe(expected);
  });

  it.each(['1.2.3.4:', '1.2.3.4:65536', '1.2.3.4:http', '[1.2.3.4]', '[::1', '[::1]80', '[::1]:', 'localhost', 'unknown', '[::1]:_port'])(
    'refuses %j',
    (input) => {
      expect(parseHopAddress(input)).toBeNull();
    },
  );

  it('accepts an obfuscated port only where RFC 7239 allows it', () => {
    expect(parseHopAddress('[::1]:_abc', { obfuscatedPort: true })?.address).toBe('::1');
    expect(parseHopAddress('1.2.3.4:_abc', { obfuscatedPort: true })?.address).toBe('1.2.3.4');
  });
});
