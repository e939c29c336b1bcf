import { describe, expect, it } from 'vitest';
import {
  BROWSER_FORBIDDEN_REQUEST_HEADERS,
  forwardableRequestHeaders,
  isForbiddenRequestHeader,
  passedBackResponseHeaderPairs,
  passedBackResponseHeaders,
} from '../../src/server/headerPolicy.js';

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
  it.each(Object.keys(SPOOFED))('forbids %s', (name) => {
    expect(isForbiddenRequestHeader(name)).toBe(true);
  });

  it('lists every security header of the brief', () => {
    for (const name of ['x-bc-trusted-proxy-secret', 'true-client-ip', 'x-forwarded-for', 'forwarded', 'authorization', 'x-bc-customer-access-token', 'x-bc-customer-id', 'cookie', 'connection', 'upgrade']) {
      expect(BROWSER_FORBIDDEN_REQUEST_HEADERS).toContain(name);
    }
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
