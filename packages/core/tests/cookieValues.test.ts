import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieValues } from '../src/cookieValues.js';

describe('cookieValues', () => {
  it('answers every value under the name, in order, so a caller can refuse a tossed duplicate', () => {
    expect(cookieValues('a=1; b=2; a=3', 'a')).toEqual(['1', '3']);
    expect(cookieValues('a=1; b=2', 'c')).toEqual([]);
    expect(cookieValues('', 'a')).toEqual([]);
  });

  it('matches the whole name, never a prefix, suffix or pattern of it', () => {
    const header = '__Host-bc-customer=host; bc-customer=plain; bc-customer-old=old; axb=pattern';
    expect(cookieValues(header, 'bc-customer')).toEqual(['plain']);
    expect(cookieValues(header, '__Host-bc-customer')).toEqual(['host']);
    expect(cookieValues(header, 'a.b')).toEqual([]);
  });

  it('trims whitespace and one pair of double quotes, and keeps "=" inside a value', () => {
    expect(cookieValues(' a = "x=y" ;a=""; a="; a=\t2 ', 'a')).toEqual(['x=y', '', '"', '2']);
  });

  it('skips pieces without "="', () => {
    expect(cookieValues('a; a=1;;=2', 'a')).toEqual(['1']);
  });

  it('reads back exactly what was written under the name, among any other cookies', () => {
    const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);
    const value = fc.stringMatching(/^[!#$%&'()*+\-./0-9:<=>?@A-Z[\]^_`a-z{|}~]{0,16}$/);
    fc.assert(
      fc.property(token, fc.array(fc.tuple(token, value, fc.boolean())), fc.constantFrom('; ', ';', ' ; '), (name, pairs, separator) => {
        const header = pairs.map(([n, v, quoted]) => `${n}=${quoted ? `"${v}"` : v}`).join(separator);
        expect(cookieValues(header, name)).toEqual(pairs.filter(([n]) => n === name).map(([, v]) => v));
      }),
    );
  });
});
