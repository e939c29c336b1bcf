import { describe, expect, it } from 'vitest';
import * as serverEntry from '../../src/server/index.js';
import { forwardableRequestHeaders, passedBackResponseHeaderPairs, passedBackResponseHeaders } from '../../src/server/headerPolicy.js';

const SPOOFED: Record<string, string> = {
  'X-BC-Trusted-Proxy-Secret': 'guess',
  'True-Client-IP': '6.6.6.6',
  'X-Forwarded-For': '6.6.6.6',
  Forwarded: 'for=6.6.6.6',
  Authorization: 'Bearer stolen',
  'X-Bc-Customer-Access-Token': `${'a'.repeat(64)}_1`,
  'X-Bc-Customer-Id': '1',
  'X-Bc-Error-On-Invalid-Customer-Access-Token': 'true',
  Cookie: 'SHOP_TOKEN=x',
  Connection: 'keep-alive, Accept',
  'Transfer-Encoding': 'chunked',
  'X-Correlation-Id': 'not-yours',
};

describe('header policy', () => {
  // Headers a browser must never control upstream: the allowlist alone keeps each of them out,
  // whatever its case, with or without an allowed header beside it.
  const NEVER_FORWARDED = [
    ...Object.keys(SPOOFED),
    'X-Real-IP', 'X-Client-IP', 'CF-Connecting-IP', 'Fastly-Client-IP', 'X-Cluster-Client-IP', 'X-Forwarded-Host',
    'X-Forwarded-Proto', 'X-Forwarded-Port', 'Via', 'X-Auth-Token', 'Host', 'Content-Length', 'Keep-Alive', 'TE',
    'Trailer', 'Upgrade', 'Proxy-Authorization', 'Proxy-Connection', 'X-Bc-Anything-New',
  ];
  it.each(NEVER_FORWARDED)('never forwards %s', (name) => {
    for (const casing of [name, name.toLowerCase(), name.toUpperCase()]) {
      const forwarded = forwardableRequestHeaders({ [casing]: 'x', 'content-type': 'application/json' });
      expect([...forwarded.keys()]).toEqual(['content-type']);
      expect([...forwardableRequestHeaders(new Headers({ [casing]: 'x' })).keys()]).toEqual([]);
    }
  });

  it('keeps no denylist of its own (the allowlist is the policy)', () => {
    for (const name of ['BROWSER_FORBIDDEN_REQUEST_HEADERS', 'BROWSER_FORBIDDEN_REQUEST_HEADER_PREFIXES', 'HOP_BY_HOP_HEADERS', 'isForbiddenRequestHeader']) {
      expect(serverEntry).not.toHaveProperty(name);
    }
    expect(serverEntry.FORWARDED_REQUEST_HEADERS).toEqual(['accept', 'content-type']);
  });

  it('forwards only the allowlist, from Headers or a Node record', () => {
    const browser = { ...SPOOFED, 'Content-Type': 'application/json', 'X-Custom': 'x', 'Accept-Encoding': 'gzip' };
    const fromRecord = forwardableRequestHeaders(browser);
    expect([...fromRecord.keys()]).toEqual(['content-type']); // Accept is dropped: Connection names it hop-by-hop
    const fromHeaders = forwardableRequestHeaders(new Headers({ ...browser, Connection: 'close', accept: 'application/json' }));
    expect([...fromHeaders.entries()]).toEqual([
      ['accept', 'application/json'],
      ['content-type', 'application/json'],
    ]);
  });

  it('passes back only content type, Retry-After and X-Bc-Graphql-*', () => {
    const upstream = new Headers({
      'Content-Type': 'application/json',
      'X-Bc-Graphql-Complexity': '12',
      'X-BC-GraphQL-Query-Hash': 'abc',
      'Retry-After': '30',
      'Set-Cookie': 'SHOP_SESSION_TOKEN=secret',
      'X-Bc-Trusted-Proxy-Secret': 'echo',
      Server: 'nginx',
    });
    expect([...passedBackResponseHeaders(upstream).entries()]).toEqual([
      ['content-type', 'application/json'],
      ['retry-after', '30'],
      ['x-bc-graphql-complexity', '12'],
      ['x-bc-graphql-query-hash', 'abc'],
    ]);
  });

  it('gives the same selection as pairs, the extra headers first and never Set-Cookie', () => {
    const upstream = new Headers({ 'Set-Cookie': 'a=b', 'X-Bc-Graphql-Complexity': '3', 'Content-Type': 'application/json', Via: 'proxy' });
    expect(passedBackResponseHeaderPairs(upstream, [['x-correlation-id', 'id']])).toEqual([
      ['x-correlation-id', 'id'],
      ['content-type', 'application/json'],
      ['x-bc-graphql-complexity', '3'],
    ]);
    expect(passedBackResponseHeaderPairs(new Headers())).toEqual([]);
  });
});
