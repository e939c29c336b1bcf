import { describe, expect, it } from 'vitest';
import { followRedirect } from '../src/followRedirect.js';

const follow = (redirectTo: string | null) => {
  const calls: string[] = [];
  const target = followRedirect(redirectTo, (to, { replace }) => calls.push(`navigate ${to}${replace ? ' (replace)' : ''}`), (url) => calls.push(`load ${url}`));
  return { target, calls };
};

describe('followRedirect', () => {
  it('goes to a same-site path in the app, replacing the sign-in page', () => {
    expect(follow('/checkout?step=2')).toEqual({ target: '/checkout?step=2', calls: ['navigate /checkout?step=2 (replace)'] });
  });

  it('loads the handler’s own routes as a page', () => {
    expect(follow('/api/storefront/checkout')).toEqual({ target: '/api/storefront/checkout', calls: ['load /api/storefront/checkout'] });
  });

  it('goes home for anything off-site or missing', () => {
    for (const unsafe of ['https://evil.example/', '//evil.example', '/\\evil.example', '%2F%2Fevil.example', null]) {
      expect(follow(unsafe), String(unsafe)).toEqual({ target: '/', calls: ['navigate / (replace)'] });
    }
  });
});
