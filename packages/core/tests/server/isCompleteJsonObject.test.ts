import { describe, expect, it } from 'vitest';
import { isCompleteJsonObject } from '../../src/server/handler/isCompleteJsonObject.js';

// A GraphQL answer with what makes a naive check stumble: brackets and quotes inside strings,
// escapes, unicode, nesting, lists and numbers.
const ANSWER = JSON.stringify({
  data: {
    site: {
      products: {
        edges: [
          { node: { entityId: 111, name: 'Mug {large} [blue]', path: '/mug/', sku: 'M-"1"', prices: { price: { value: 14, currencyCode: 'USD' } } } },
          { node: { entityId: 112, name: 'Café \\ "Crème" }]', path: '/cafe/', sku: null, prices: { price: { value: 9.5e1, currencyCode: 'EUR' } } } },
        ],
        pageInfo: { hasNextPage: true, endCursor: 'YXJyYXljb25uZWN0aW9uOjE=' },
      },
    },
  },
  extensions: { cost: [1, [2, [3]]], note: 'ends in a backslash \\', quoted: '\\"}' },
});

describe('isCompleteJsonObject', () => {
  it('accepts a whole JSON object, with whitespace around it', () => {
    expect(isCompleteJsonObject(ANSWER)).toBe(true);
    expect(isCompleteJsonObject(` \n\t${JSON.stringify(JSON.parse(ANSWER), null, 2)}\r\n `)).toBe(true);
    expect(isCompleteJsonObject('{}')).toBe(true);
    expect(isCompleteJsonObject('{"errors":[{"message":"x"}]}')).toBe(true);
  });

  it('refuses every body cut short, at any length', () => {
    for (let length = 0; length < ANSWER.length; length++) expect(isCompleteJsonObject(ANSWER.slice(0, length)), `cut at ${length}`).toBe(false);
  });

  it('refuses what is not one object: pages, other JSON values, trailing text', () => {
    for (const text of [
      '',
      '   ',
      '<!DOCTYPE html><html><body>Down for maintenance</body></html>',
      'null',
      '0',
      '"{}"',
      '[{"data":{}}]',
      `${ANSWER}${ANSWER}`,
      `${ANSWER} trailing`,
      `${ANSWER}}`,
      'x{}',
    ]) {
      expect(isCompleteJsonObject(text), text.slice(0, 40)).toBe(false);
    }
  });

  it('agrees with JSON.parse on objects whose strings hold every escape', () => {
    const strings = ['\\', '"', '\\"', '}', '{', ']', '[', '\u2028', '\u0000', '\\\\"}', 'a\nb'];
    for (const s of strings) {
      const text = JSON.stringify({ s, nested: { s, list: [s, { s }] } });
      expect(isCompleteJsonObject(text), text).toBe(true);
      expect(isCompleteJsonObject(text.slice(0, -1)), text).toBe(false);
    }
  });
});
