import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeJsonForScript } from '../src/serializeJsonForScript.js';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!--<script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'a\u2028b\u2029c',
  ']]>&amp;<![CDATA[',
  '"}]};alert(1);//',
];

describe('serializeJsonForScript', () => {
  it('round-trips through JSON.parse to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(serializeJsonForScript(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('never contains <, >, & or a raw U+2028/U+2029, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...HOSTILE), (a, b) => {
        const out = serializeJsonForScript({ text: a + b, list: [b, a] });
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
      }),
    );
  });

  it('keeps hostile product text as data', () => {
    for (const text of HOSTILE) expect(JSON.parse(serializeJsonForScript({ description: text })).description).toBe(text);
  });

  it('refuses values JSON cannot write, naming the fix', () => {
    expect(() => serializeJsonForScript(undefined)).toThrow(/undefined cannot be written as JSON/);
    expect(() => serializeJsonForScript(() => 1)).toThrow(/function cannot be written as JSON/);
  });
});
