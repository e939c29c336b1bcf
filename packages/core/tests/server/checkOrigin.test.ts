import { describe, expect, it } from 'vitest';
import { isJsonRequest, isNavigationRequest, isSameSiteRequest } from '../../src/server/handler/checkOrigin.js';

const url = new URL('http://shop.example/api/storefront/login');
const req = (headers: Record<string, string>) => new Request(url, { method: 'POST', headers });

describe('isSameSiteRequest', () => {
  it.each([
    [{}, true],
    [{ origin: 'http://shop.example' }, true],
    [{ origin: 'https://shop.example' }, true], // TLS ended at the proxy: host decides
    [{ origin: 'https://evil.example' }, false],
    [{ origin: 'https://shop.example.evil.example' }, false],
    [{ origin: 'null' }, false],
    [{ 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'same-site' }, true],
    [{ 'sec-fetch-site': 'none' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, false],
  ])('%j → %s', (headers, expected) => {
    expect(isSameSiteRequest(req(headers), url.host, [])).toBe(expected);
  });

  it('accepts configured origins', () => {
    expect(isSameSiteRequest(req({ origin: 'https://www.shop.example' }), url.host, ['https://www.shop.example'])).toBe(true);
  });
});

describe('isJsonRequest', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/jsonp', false],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
  ])('%s → %s', (type, expected) => {
    expect(isJsonRequest(req({ 'content-type': type }))).toBe(expected);
  });
});

describe('isNavigationRequest', () => {
  it.each([
    [{}, true],
    [{ 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }, true],
    [{ 'sec-fetch-mode': 'navigate' }, true],
    [{ 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' }, false],
    [{ 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' }, false],
    [{ 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, false],
  ])('%j → %s', (headers, expected) => {
    expect(isNavigationRequest(new Request(url, { headers }))).toBe(expected);
  });
});
