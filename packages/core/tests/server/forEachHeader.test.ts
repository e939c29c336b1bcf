import { describe, expect, it } from 'vitest';
import { forEachHeader } from '../../src/server/forEachHeader.js';
import { forwardableRequestHeaders } from '../../src/server/headerPolicy.js';
import { readHeader } from '../../src/server/readHeader.js';

const lines = (source: Parameters<typeof forEachHeader>[0]) => {
  const out: [string, string][] = [];
  forEachHeader(source, (name, value) => out.push([name, value]));
  return out;
};

describe('forEachHeader', () => {
  it('gives a Node record one lower-case line per value, in order, without absent values or pseudo-headers', () => {
    const record = { ':authority': 'shop.example', Host: 'shop.example', 'Set-Cookie': ['a=1', 'b=2'], 'X-Empty': undefined, Accept: 'text/html' };
    expect(lines(record)).toEqual([
      ['host', 'shop.example'],
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
      ['accept', 'text/html'],
    ]);
  });

  it('gives Headers as they iterate', () => {
    expect(lines(new Headers({ 'X-One': '1', Accept: 'a' }))).toEqual([
      ['accept', 'a'],
      ['x-one', '1'],
    ]);
  });

  it('skips values that are neither strings nor lists of strings', () => {
    expect(lines({ a: 5, b: ['x', 7, 'y'], c: null } as unknown as Record<string, string>)).toEqual([
      ['b', 'x'],
      ['b', 'y'],
    ]);
  });
});

describe('one normaliser behind readHeader and forwardableRequestHeaders', () => {
  const record = { ':path': '/x', 'CONTENT-type': 'application/json', 'content-TYPE': 'text/plain', Accept: ['a', 'b'] };

  it('reads a header the way it forwards it', () => {
    expect(readHeader(record, 'Content-Type')).toBe('application/json, text/plain');
    expect(readHeader(record, 'accept')).toBe('a, b');
    expect(readHeader(record, ':path')).toBeNull();
    expect([...forwardableRequestHeaders(record).entries()]).toEqual([
      ['accept', 'a, b'],
      ['content-type', 'application/json, text/plain'],
    ]);
  });
});
