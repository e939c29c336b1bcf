import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const PRICES = `query P($c: currencyCode) { site { product(entityId: 134) {
  prices(currencyCode: $c) { price { value currencyCode formattedV2 } basePrice { value } salePrice { value } priceRange { min { value } max { value } } }
  variants(first: 1) { edges { node { prices(currencyCode: $c) { price { value currencyCode } } } } } } } }`;

describe('currencies', () => {
  test('Site.currencies lists the default first, with display details and which can be charged', async () => {
    const data = await gqlData(sandbox, '{ site { currencies(first: 25) { edges { node { code name isDefault isTransactional isActive exchangeRate display { symbol symbolPlacement decimalToken decimalPlaces } } } } } }');
    const list = data.site.currencies.edges.map((e: any) => e.node);
    expect(list.map((c: any) => c.code)).toEqual(['USD', 'EUR', 'GBP', 'CAD', 'AUD']);
    expect(list[0]).toMatchObject({ isDefault: true, isTransactional: true, exchangeRate: 1 });
    expect(list.filter((c: any) => c.isDefault)).toHaveLength(1);
    expect(list.find((c: any) => c.code === 'EUR')).toMatchObject({ isTransactional: false, display: { symbol: '€', symbolPlacement: 'RIGHT', decimalToken: ',', decimalPlaces: 2 } });
    // Carts are in the store currency only, so only it can be charged.
    expect(list.filter((c: any) => c.isTransactional).map((c: any) => c.code)).toEqual(['USD']);
    const one = await gqlData(sandbox, '{ site { currency(currencyCode: GBP) { code exchangeRate } } }');
    expect(one.site.currency).toEqual({ code: 'GBP', exchangeRate: 0.79 });
  });

  test('prices in another currency are the default prices at its exchange rate, on products and variants', async () => {
    const usd = (await gqlData(sandbox, PRICES, { variables: { c: 'USD' } })).site.product;
    const eur = (await gqlData(sandbox, PRICES, { variables: { c: 'EUR' } })).site.product;
    const none = (await gqlData(sandbox, PRICES)).site.product;
    expect(none.prices).toEqual(usd.prices);
    const convert = (v: number) => Math.round(v * 100 * 0.92) / 100;
    expect(eur.prices.price).toMatchObject({ currencyCode: 'EUR', value: convert(usd.prices.price.value) });
    expect(eur.prices.price.formattedV2).toContain('€');
    expect(eur.prices.basePrice.value).toBe(convert(usd.prices.basePrice.value));
    expect(eur.prices.salePrice.value).toBe(convert(usd.prices.salePrice.value));
    expect(eur.prices.priceRange.max.value).toBe(convert(usd.prices.priceRange.max.value));
    expect(eur.variants.edges[0].node.prices.price).toEqual({ currencyCode: 'EUR', value: convert(usd.variants.edges[0].node.prices.price.value) });
  });

  test('a currency the store does not offer answers null prices; a code outside the enum fails validation', async () => {
    const { currencies, ...seed } = defaultSeed;
    void currencies;
    const usdOnly = await startSandbox({ seed });
    try {
      const p = (await gqlData(usdOnly, PRICES, { variables: { c: 'EUR' } })).site.product;
      expect(p.prices).toBeNull();
      const list = await gqlData(usdOnly, '{ site { currencies { edges { node { code isDefault name display { symbol } } } } currency(currencyCode: EUR) { code } } }');
      expect(list.site.currencies.edges).toEqual([{ node: { code: 'USD', isDefault: true, name: 'US Dollar', display: { symbol: '$' } } }]);
      expect(list.site.currency).toBeNull();
    } finally {
      await usdOnly.close();
    }
    const bad = await gql(sandbox, PRICES, { variables: { c: 'XYZ' } });
    expect(bad.body.errors?.[0]?.message).toMatch(/XYZ/);
  });

  test('a seed currency outside the schema enum, or with a bad rate, is refused at start', async () => {
    await expect(startSandbox({ seed: { ...defaultSeed, currencies: [{ entityId: 9, code: 'JPY', name: 'Yen', exchangeRate: 150, isTransactional: false, symbol: '¥', symbolPlacement: 'LEFT' }] } })).rejects.toThrow(/currencies\[0\]\.code/);
    await expect(startSandbox({ seed: { ...defaultSeed, currencies: [{ entityId: 9, code: 'EUR', name: 'Euro', exchangeRate: -1, isTransactional: false, symbol: '€', symbolPlacement: 'LEFT' }] } })).rejects.toThrow(/exchangeRate/);
  });
});
