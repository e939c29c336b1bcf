import { describe, expect, it } from 'vitest';
import { buildRequestHeaders, HeaderValidationError } from '../src/index.js';

const id = '0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b';

describe('buildRequestHeaders', () => {
  it('builds exactly the headers the context asks for', () => {
    expect(buildRequestHeaders({ correlationId: id, storefrontToken: 'sf', customerAccessToken: 'cat', locale: 'fr' })).toEqual({
      authorization: 'Bearer sf',
      'content-type': 'application/json',
      accept: 'application/json',
      'x-bc-customer-access-token': 'cat',
      'x-bc-error-on-invalid-customer-access-token': 'true',
      'accept-language': 'fr',
      'x-correlation-id': id,
    });
  });

  it('adds no header for an absent field', () => {
    expect(buildRequestHeaders({ correlationId: id })).toEqual({
      'content-type': 'application/json',
      accept: 'application/json',
      'x-correlation-id': id,
    });
  });

  it('adds the server entry’s headers (the trusted-proxy pair), reserved against caller headers', () => {
    const serverHeaders = { 'x-bc-trusted-proxy-secret': 's3cret', 'true-client-ip': '203.0.113.7' };
    const headers = buildRequestHeaders({ correlationId: id, serverHeaders });
    expect(headers['x-bc-trusted-proxy-secret']).toBe('s3cret');
    expect(headers['true-client-ip']).toBe('203.0.113.7');
    expect(() => buildRequestHeaders({ correlationId: id, serverHeaders, headers: { 'True-Client-IP': '6.6.6.6' } })).toThrow(HeaderValidationError);
    // They can never replace bc-headless's own.
    expect(buildRequestHeaders({ correlationId: id, storefrontToken: 'sf', serverHeaders: { authorization: 'forged' } }).authorization).toBe('Bearer sf');
  });

  it('lets a full authorization value win over the storefront token', () => {
    expect(buildRequestHeaders({ correlationId: id, storefrontToken: 'sf', authorization: 'PAT x', accept: 'application/vnd.bc.v1+json' })).toMatchObject({
      authorization: 'PAT x',
      accept: 'application/vnd.bc.v1+json',
    });
  });

  it('merges caller headers case-insensitively, the last one winning', () => {
    const headers = buildRequestHeaders({ correlationId: id, headers: { 'X-Trace': 'a', 'x-trace': 'b' } });
    expect(headers['x-trace']).toBe('b');
    expect(Object.keys(headers).filter((k) => k.toLowerCase() == 'x-trace')).toHaveLength(1);
  });

  it('accepts plain objects, including a Headers object converted with Object.fromEntries', () => {
    expect(buildRequestHeaders({ correlationId: id, headers: Object.fromEntries(new Headers({ 'X-A': '1' })) })['x-a']).toBe('1');
    expect(buildRequestHeaders({ correlationId: id, headers: { 'X-B': '2' } })['x-b']).toBe('2');
  });

  it.each([
    'Authorization',
    'AUTHORIZATION',
    'Content-Type',
    'accept',
    'Accept-Language',
    'X-Bc-Customer-Access-Token',
    'x-correlation-id',
    'X-BC-Trusted-Proxy-Secret',
    'true-client-ip',
  ])('refuses a caller header %s that would replace a header bc-headless owns', (name) => {
    const attempt = () => buildRequestHeaders({ correlationId: id, storefrontToken: 'sf', headers: { [name]: 'evil' } });
    expect(attempt).toThrow(HeaderValidationError);
    expect(attempt).toThrow(name);
  });

  it.each([
    ['a CR/LF in a caller value', { headers: { 'X-A': 'ok\r\nX-Injected: 1' } }, 'X-A'],
    ['a bare LF in a caller value', { headers: { 'X-A': 'ok\nmore' } }, 'X-A'],
    ['a NUL in a caller value', { headers: { 'X-A': 'a\0b' } }, 'X-A'],
    ['a non-Latin-1 character', { headers: { 'X-A': 'caf\u20ac' } }, 'X-A'],
    ['a space in a header name', { headers: { 'X A': 'v' } }, 'X A'],
    ['CR/LF in a header name', { headers: { 'X-A\r\nX-B': 'v' } }, 'X-A'],
    ['CR/LF in the customer access token', { customerAccessToken: 'abc\r\nX-Evil: 1' }, 'x-bc-customer-access-token'],
    ['CR/LF in the locale', { locale: 'fr\nX-Evil: 1' }, 'accept-language'],
    ['CR/LF in the True-Client-IP', { serverHeaders: { 'true-client-ip': '1.2.3.4\r\n' } }, 'true-client-ip'],
  ])('rejects %s', (_label, context, header) => {
    try {
      buildRequestHeaders({ correlationId: id, ...context });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HeaderValidationError);
      expect((error as HeaderValidationError).header).toContain(header);
      expect((error as Error).message).toMatch(/^buildRequestHeaders: header .* is malformed/s);
    }
  });
});
