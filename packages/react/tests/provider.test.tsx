import { createStorefrontClient } from '@bc-headless/core';
import { act, renderHook } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { StorefrontProvider } from '../src/StorefrontProvider.js';
import { useLocale } from '../src/useLocale.js';
import { useSession } from '../src/useSession.js';
import { useStorefront } from '../src/useStorefront.js';

const client = createStorefrontClient({ storeHash: 'abc123', endpoints: { graphql: '/api/storefront/graphql' } });
afterEach(() => {
  document.cookie = 'bc_session=; Max-Age=0; Path=/';
});

describe.each([false, true])('StorefrontProvider defaults (StrictMode: %s)', (strict) => {
  const wrapper = ({ children }: { children?: ReactNode }) => {
    const tree = <StorefrontProvider client={client}>{children}</StorefrontProvider>;
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };

  it('keeps the session in the bc_session cookie and re-renders on a change; the instances stay the same', () => {
    const { result, rerender } = renderHook(() => ({ storefront: useStorefront(), session: useSession(), locale: useLocale() }), { wrapper });
    const first = result.current.storefront;
    expect(result.current.session.cartId).toBeNull();
    expect(result.current.locale[0]).toBeNull();

    act(() => result.current.locale[1]('de'));
    expect(result.current.locale[0]).toBe('de');
    expect(result.current.session.locale).toBe('de');
    expect(decodeURIComponent(document.cookie)).toMatch(/bc_session=.*"locale":"de"/);

    rerender();
    expect(result.current.storefront).toBe(first);
    expect(result.current.storefront.queries.checkoutUrl()).toBe('/api/storefront/checkout');
  });

  it('reads a session the cookie already holds (a reload)', () => {
    document.cookie = `bc_session=${encodeURIComponent(JSON.stringify({ cartId: 'cart-1', visitorId: '9f2a4c1e-0b7d-4e8a-9c3f-5d6e7f8a9b0c', locale: 'fr', customer: null }))}; Path=/`;
    const { result } = renderHook(() => useSession(), { wrapper });
    expect(result.current).toMatchObject({ cartId: 'cart-1', locale: 'fr' });
  });
});
