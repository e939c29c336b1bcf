import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerAccessTokenExpiry, isCustomerAccessTokenValue } from '../../src/server/customerAccessToken.js';
import {
  clearSessionCookie,
  isLocalhostRequest,
  parseSessionCookie,
  readSessionCookie,
  serializeSessionCookie,
  sessionCookieName,
  sessionCookieOptionsFor,
} from '../../src/server/sessionCookie.js';

const NOW = Date.UTC(2026, 10, 27, 10, 0, 0);
const EXP = NOW / 1000 + 86_400;
const TOKEN = `${'ab12'.repeat(16)}_${EXP}`;
const OTHER = `${'cd34'.repeat(16)}_${EXP}`;
const secure = { secure: true, now: NOW };
const local = { secure: false, now: NOW };

describe('customer access token format', () => {
  it.each([TOKEN, `${'A'.repeat(64)}_1`])('accepts %s', (value) => expect(isCustomerAccessTokenValue(value)).toBe(true));
  it.each(['', 'abc', `${'a'.repeat(63)}_1`, `${'a'.repeat(65)}_1`, `${'g'.repeat(64)}_1`, `${'a'.repeat(64)}_`, `${'a'.repeat(64)}-1`, `${'a'.repeat(64)}_1;x=y`, ` ${TOKEN}`, `${TOKEN}\n`])(
    'refuses %j',
    (value) => expect(isCustomerAccessTokenValue(value)).toBe(false),
  );

  it('takes the earlier of expiresAt and the encoded expiry', () => {
    expect(customerAccessTokenExpiry(TOKEN)).toBe(EXP * 1000);
    expect(customerAccessTokenExpiry({ value: TOKEN, expiresAt: new Date(EXP * 1000 - 5000).toISOString() })).toBe(EXP * 1000 - 5000);
    expect(customerAccessTokenExpiry({ value: TOKEN, expiresAt: new Date(EXP * 1000 + 5000) })).toBe(EXP * 1000);
    expect(customerAccessTokenExpiry({ value: TOKEN, expiresAt: 'not a date' })).toBe(EXP * 1000);
    expect(customerAccessTokenExpiry({ value: 'nope' })).toBeNull();
  });
});

describe('serializeSessionCookie', () => {
  it('sets every flag and the __Host- prefix when secure', () => {
    const cookie = serializeSessionCookie({ value: TOKEN, expiresAt: new Date(EXP * 1000).toISOString() }, secure);
    const [pair, ...attributes] = cookie.split('; ');
    expect(pair).toBe(`__Host-bc-customer=${TOKEN}`);
    expect(attributes).toEqual(['Path=/', `Expires=${new Date(EXP * 1000).toUTCString()}`, 'Max-Age=86400', 'HttpOnly', 'SameSite=Lax', 'Secure']);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('drops Secure and the prefix on localhost', () => {
    const cookie = serializeSessionCookie({ value: TOKEN }, local);
    expect(cookie.startsWith(`bc-customer=${TOKEN}; `)).toBe(true);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('expires an already expired token at once', () => {
    const cookie = serializeSessionCookie({ value: TOKEN }, { secure: true, now: EXP * 1000 + 1 });
    expect(cookie).toContain('Max-Age=0');
    expect(cookie).toContain('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it.each(['', 'x; Domain=evil.com', `${TOKEN}; Path=/x`, `${TOKEN}\r\nSet-Cookie: a=b`])('refuses to write %j', (value) => {
    expect(() => serializeSessionCookie({ value }, secure)).toThrow(/serializeSessionCookie: the value is not a customer access token/);
  });

  it('refuses a bad cookie name with a clear message', () => {
    expect(() => sessionCookieName({ secure: true, name: 'a;b' })).toThrow(/not a valid cookie name/);
    expect(() => sessionCookieName({ secure: true, name: '__Host-x' })).toThrow(/added for you/);
    expect(sessionCookieName({ secure: true, name: 'shop' })).toBe('__Host-shop');
  });
});

describe('clearSessionCookie', () => {
  it('expires the same cookie with the same flags', () => {
    expect(clearSessionCookie({ secure: true })).toBe('__Host-bc-customer=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
    expect(clearSessionCookie({ secure: false })).toBe('bc-customer=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; SameSite=Lax');
  });
});

describe('parseSessionCookie', () => {
  it('finds the token among other cookies', () => {
    expect(parseSessionCookie(`a=1; __Host-bc-customer=${TOKEN}; b=2`, secure)).toBe(TOKEN);
    expect(parseSessionCookie(`__Host-bc-customer="${TOKEN}"`, secure)).toBe(TOKEN);
    expect(parseSessionCookie(`bc-customer=${TOKEN}`, local)).toBe(TOKEN);
  });

  it('reads only the prefixed name when secure, so a tossed plain cookie is ignored', () => {
    expect(parseSessionCookie(`bc-customer=${TOKEN}`, secure)).toBeNull();
  });

  it('treats two different values as no session', () => {
    expect(parseSessionCookie(`bc-customer=${TOKEN}; bc-customer=${OTHER}`, local)).toBeNull();
    expect(parseSessionCookie(`bc-customer=${TOKEN}; bc-customer=${TOKEN}`, local)).toBe(TOKEN);
    expect(parseSessionCookie(`bc-customer=junk; bc-customer=${TOKEN}`, local)).toBe(TOKEN);
  });

  it('ignores expired and malformed tokens', () => {
    expect(parseSessionCookie(`bc-customer=${TOKEN}`, { secure: false, now: EXP * 1000 })).toBeNull();
    expect(parseSessionCookie('bc-customer=abc', local)).toBeNull();
    expect(parseSessionCookie(`bc-customer-x=${TOKEN}`, local)).toBeNull();
  });

  it('never throws on random Cookie headers', () => {
    const pieces = [';', '=', ' ', '"', ',', 'bc-customer', '__Host-bc-customer', TOKEN, '\u0000', 'é', '\\', 'x'];
    const header = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(header, fc.boolean(), (text, isSecure) => {
        const value = parseSessionCookie(text, isSecure ? secure : local);
        if (value !== null) expect(value).toBe(TOKEN);
      }),
      { numRuns: 10_000 },
    );
    for (const bad of [undefined, null, '', 5 as unknown as string, 'a'.repeat(1_000_000)]) expect(parseSessionCookie(bad, secure)).toBeNull();
  });

  it('reads from a Request', () => {
    const request = new Request('https://shop.example/api/storefront/graphql', { headers: { cookie: `__Host-bc-customer=${TOKEN}` } });
    expect(readSessionCookie(request, secure)).toBe(TOKEN);
  });
});

describe('sessionCookieOptionsFor', () => {
  it.each([
    ['http://localhost:5173/api/storefront/login', false],
    ['http://127.0.0.1:3000/x', false],
    ['http://[::1]:3000/x', false],
    ['https://shop.example/x', true],
    ['http://localhost.evil.com/x', true],
    ['http://127.0.0.2/x', true],
  ])('%s → secure %s', (url, expected) => {
    expect(sessionCookieOptionsFor({ url }).secure).toBe(expected);
  });

  it('is always secure over HTTPS, even for a localhost Host (a proxy rewriting Host)', () => {
    expect(sessionCookieOptionsFor({ url: 'https://localhost/x' }).secure).toBe(true);
    expect(sessionCookieOptionsFor({ url: '/x', headers: { host: 'localhost:3000', 'x-forwarded-proto': 'https' } }).secure).toBe(true);
    expect(sessionCookieOptionsFor({ url: '/x', headers: { host: 'localhost:3000', 'x-forwarded-proto': 'http' } }).secure).toBe(false);
  });

  it('falls back to the Host header for Node-style requests', () => {
    expect(isLocalhostRequest({ url: '/api/storefront/login', headers: { host: 'localhost:5173' } })).toBe(true);
    expect(isLocalhostRequest({ url: '/api/storefront/login', headers: { host: 'shop.example' } })).toBe(false);
    expect(isLocalhostRequest({ url: '/x' })).toBe(false);
  });
});
