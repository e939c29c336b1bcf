import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBrowserSession, serializeBrowserSession } from '../../src/server/handler/browserSession.js';

const NAME = 'bc_session';
const cookieOf = (value: unknown) => `${NAME}=${encodeURIComponent(JSON.stringify(value))}`;

describe('browser session cookie', () => {
  it('reads the fields createCookieStorage writes', () => {
    const session = { cartId: 'a1b2c3d4-0000-4000-8000-000000000001', visitorId: '2f1e8a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b', locale: 'fr-CA', customer: { entityId: 3, firstName: 'Jo' } };
    expect(readBrowserSession({ headers: { cookie: `x=1; ${cookieOf(session)}` } }, NAME)).toEqual(session);
  });

  it('drops fields that are not what they claim (a cookie is browser input)', () => {
    const hostile = { cartId: '../../x', visitorId: 'x', locale: 'fr"; drop', customer: { entityId: 'admin' } };
    expect(readBrowserSession({ headers: { cookie: cookieOf(hostile) } }, NAME)).toEqual({ cartId: null, visitorId: null, locale: null, customer: null });
  });

  it('round-trips with serializeBrowserSession, never httpOnly', () => {
    const session = { cartId: 'c1', visitorId: null, locale: null, customer: null };
    const line = serializeBrowserSession(session, { name: NAME, secure: true });
    expect(line).toMatch(/; Path=\/; Max-Age=2592000; SameSite=Lax; Secure$/);
    expect(line).not.toContain('HttpOnly');
    expect(readBrowserSession({ headers: { cookie: line.split(';')[0]! } }, NAME)).toEqual(session);
  });

  it('never throws on random cookie headers', () => {
    const pieces = [NAME, '=', ';', '%', '%7B', '{', '"', 'cartId', ':', '}', 'é', '\u0000', ' '];
    const header = fc.array(fc.constantFrom(...pieces), { maxLength: 15 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(header, (cookie) => {
        const session = readBrowserSession({ headers: { cookie } }, NAME);
        expect(Object.keys(session).sort()).toEqual(['cartId', 'customer', 'locale', 'visitorId']);
      }),
      { numRuns: 5000 },
    );
  });
});
