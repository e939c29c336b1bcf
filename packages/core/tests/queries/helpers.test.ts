import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../src/createSessionStore.js';
import { createStorefrontClient } from '../../src/createStorefrontClient.js';
import { StorefrontConfigError } from '../../src/errors/StorefrontConfigError.js';
import { cartItemCount } from '../../src/queries/cartItemCount.js';
import { customerScope } from '../../src/queries/customerScope.js';
import { formatMoney as format } from '../../src/queries/formatMoney.js';
import { storefrontQueries } from '../../src/queries/storefrontQueries.js';

const client = createStorefrontClient({ storeHash: 'abc', channelId: 3, locale: 'de', endpoints: { graphql: '/api/storefront/graphql' } });

describe('adapter-facing helpers', () => {
  it('formats money in the reader’s locale, keeping the amount’s currency', () => {
    const price = { value: 1234.5, currencyCode: 'USD' };
    // Intl separates with (narrow) no-break spaces; compare them as plain spaces.
    const formatMoney = (...args: Parameters<typeof format>) => format(...args).replace(/\s/g, ' ');
    expect(formatMoney(price, 'en-US')).toBe('$1,234.50');
    expect(formatMoney(price, 'de')).toBe('1.234,50 $');
    expect(formatMoney(price, 'fr')).toBe('1 234,50 $US');
    expect(formatMoney({ value: 3, currencyCode: 'EUR' }, 'de')).toBe('3,00 €');
    expect(formatMoney(null, 'en')).toBe('');
    expect(formatMoney({ value: 3, currencyCode: 'not a currency' }, 'en')).toBe('3 not a currency');
  });

  it('counts cart items and derives the customer scope', () => {
    expect(cartItemCount(null)).toBe(0);
    expect(cartItemCount({ lineItems: { totalQuantity: 4 } })).toBe(4);
    expect(customerScope({ customer: null })).toBe('guest');
    expect(customerScope({ customer: { entityId: 7 } })).toBe(7);
  });

  it('keys by the client’s channel and falls back to the client’s locale', () => {
    const session = createSessionStore();
    const queries = storefrontQueries(client, { session });
    expect(queries.categories().queryKey).toEqual(['bc-headless', 3, 'catalog', 'guest', 'de', 'categories']);
    session.setLocale('fr');
    expect(queries.categories().queryKey).toEqual(['bc-headless', 3, 'catalog', 'guest', 'fr', 'categories']);
    expect(queries.locale()).toBe('fr');
    expect(queries.locale({ ...session.getSnapshot(), locale: null })).toBe('de');
    expect(queries.checkoutUrl()).toBe('/api/storefront/checkout');
    expect(storefrontQueries(client, { session, apiBase: '/shop/api/' }).checkoutUrl()).toBe('/shop/api/checkout');
  });

  it('is pure, and refuses bad options naming the fix', () => {
    expect(() => storefrontQueries(client, {} as never)).toThrow(/storefrontQueries: options.session must be a session store/);
    expect(() => storefrontQueries(client, undefined as never)).toThrow(StorefrontConfigError);
    expect(() => storefrontQueries(undefined as never, { session: createSessionStore() })).toThrow(/storefrontQueries: client must be a storefront client/);
    expect(() => storefrontQueries({ config: client.config } as never, { session: createSessionStore() })).toThrow(StorefrontConfigError);
    expect(() => storefrontQueries(client, { session: createSessionStore(), imageWidth: 0 })).toThrow(/options.imageWidth must be a positive integer/);
    const queries = storefrontQueries(client, { session: createSessionStore() });
    expect(() => queries.products({ pageSize: 51 })).toThrow(/products: pageSize must be an integer from 1 to 50/);
  });

  // The browser entry leaves these checks out (size budget); the query layer makes them at start-up.
  it.each([
    [{ locale: 'fr;q=0.5' }, 'config.locale'],
    [{ locale: 'en\r\nX-Evil: 1' }, 'config.locale'],
    [{ retry: { retries: -1 } }, 'config.retry.retries'],
    [{ retry: { retries: Number.NaN } }, 'config.retry.retries'],
    [{ retry: { baseDelayMs: Infinity } }, 'config.retry.baseDelayMs'],
  ])('refuses the client’s %j at creation, naming the field to fix', (config, field) => {
    const bad = createStorefrontClient({ storeHash: 'abc', endpoints: { graphql: '/api/storefront/graphql' }, ...config });
    let error: unknown;
    try {
      storefrontQueries(bad, { session: createSessionStore() });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StorefrontConfigError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(new RegExp(`^createStorefrontClient: ${field.replace(/\./g, '\\.')} must be`));
  });

  it('accepts a client with a language tag and sensible retry numbers', () => {
    for (const config of [{ locale: 'fr-CA' }, { locale: 'zh-Hant-TW', retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 100 } }, { retry: false as const }]) {
      const good = createStorefrontClient({ storeHash: 'abc', endpoints: { graphql: '/api/storefront/graphql' }, ...config });
      expect(() => storefrontQueries(good, { session: createSessionStore() })).not.toThrow();
    }
  });
});
