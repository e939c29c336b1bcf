import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { completeCheckout } from '../support/storefrontFlow.js';
import { createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const AGG = 'availableToSell availableOnHand availableForBackorder unlimitedBackorder warningLevel';
const VARIANTS = `query V($id: Int!, $ids: [Int!] = [], $codes: [String!] = []) { site { product(entityId: $id) {
  inventory { isInStock aggregated { ${AGG} } }
  variants(first: 50) { edges { node { entityId sku inventory { isInStock aggregated { ${AGG} }
    byLocation(locationEntityIds: $ids, locationEntityCodes: $codes) { edges { node { locationEntityId locationEntityCode locationEntityTypeId locationDistance { value } availableToSell isInStock warningLevel backorderMessage } } } } } } } } } }`;

async function product(id: number, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return (await gqlData(sandbox, VARIANTS, { variables: { id, ...variables }, headers })).site.product;
}

describe('inventory by location and backorders', () => {
  test('each variant lists every location, default first, and the locations add up to its aggregated stock', async () => {
    const p = await product(132);
    for (const { node } of p.variants.edges) {
      const locations = node.inventory.byLocation.edges.map((e: any) => e.node);
      expect(locations.map((l: any) => l.locationEntityCode)).toEqual(['TRAILHEAD-WAREHOUSE', 'TRAILHEAD-SHOWROOM']);
      expect(locations.reduce((s: number, l: any) => s + l.availableToSell, 0)).toBe(node.inventory.aggregated.availableToSell);
      expect(locations[1]).toMatchObject({ availableToSell: 2, isInStock: true, locationEntityTypeId: 'PHYSICAL', locationDistance: null, backorderMessage: null });
    }
    const total = p.variants.edges.reduce((s: number, e: any) => s + e.node.inventory.aggregated.availableToSell, 0);
    expect(p.inventory.aggregated).toMatchObject({ availableToSell: total, availableOnHand: total, availableForBackorder: 0, unlimitedBackorder: false });
  });

  test('byLocation filters by id and code', async () => {
    const byId = await product(132, { ids: [2] });
    expect(byId.variants.edges[0].node.inventory.byLocation.edges.map((e: any) => e.node.locationEntityId)).toEqual([2]);
    const byCode = await product(132, { codes: ['TRAILHEAD-WAREHOUSE'] });
    expect(byCode.variants.edges[0].node.inventory.byLocation.edges.map((e: any) => e.node.locationEntityId)).toEqual([1]);
    const none = await product(132, { codes: ['NOWHERE'] });
    expect(none.variants.edges[0].node.inventory.byLocation.edges).toEqual([]);
  });

  test('limited and unlimited backorders, with the localized backorder message per location', async () => {
    const kettle = await product(134, {}, { 'accept-language': 'de' });
    expect(kettle.inventory.aggregated).toMatchObject({ availableOnHand: 2, availableForBackorder: 20, unlimitedBackorder: false });
    expect(kettle.variants.edges[0].node.inventory.byLocation.edges[0].node.backorderMessage).toBe('Versand in 2–3 Wochen');
    const blanket = await product(123);
    expect(blanket.inventory.aggregated).toMatchObject({ availableForBackorder: 0, unlimitedBackorder: true });
    expect(blanket.variants.edges[0].node.inventory.byLocation.edges[0].node.backorderMessage).toBe('Made to order: ships in 4 weeks');
  });

  test('an out-of-stock product is out of stock at every location', async () => {
    const lamp = await product(125);
    expect(lamp.inventory).toMatchObject({ isInStock: false, aggregated: { availableToSell: 0, availableOnHand: 0 } });
    for (const e of lamp.variants.edges[0].node.inventory.byLocation.edges) expect(e.node).toMatchObject({ availableToSell: 0, isInStock: false });
  });

  test('stock taken by an order leaves the default location first', async () => {
    // Stoneware mug set (132): one variant, 16 on hand, 2 of them in the showroom.
    const before = (await product(132)).variants.edges[0].node;
    const onHand = before.inventory.aggregated.availableToSell;
    const cart = await createCart(sandbox, [{ productEntityId: 132, quantity: onHand - 1 }]);
    // Placing the order takes the stock (completeCheckout, as on BigCommerce's "order placed" setting).
    await completeCheckout(sandbox, cart.entityId);
    const after = (await product(132)).variants.edges[0].node.inventory.byLocation.edges.map((e: any) => e.node.availableToSell);
    expect(after).toEqual([0, 1]);
  });
});

describe('storefront settings', () => {
  test('display, reviews, inventory, logo, contact, SEO, privacy, analytics, social links and more', async () => {
    const data = await gqlData(sandbox, `query S($currencyCode: currencyCode) { site { settings {
      display { showProductRating shortDateFormat } reviews { enabled }
      inventory { stockLevelDisplay showOutOfStockMessage defaultOutOfStockMessage showBackorderMessage showQuantityOnBackorder showBackorderAvailabilityPrompt backorderAvailabilityPrompt }
      logoV2 { __typename ... on StoreTextLogo { text } ... on StoreImageLogo { image { altText } } }
      contact { address phone email } socialMediaLinks { name url }
      seo { pageTitle metaDescription } privacy { cookieConsentEnabled privacyPolicyUrl }
      webAnalytics { ga4 { tagId } metaPixel { pixelId } }
      storefront { catalog { productComparisonsEnabled } }
      faviconUrl robotsTxt statusMessage
      giftCertificates(currencyCode: $currencyCode) { __typename currencyCode isEnabled ... on CustomAmountGiftCertificateSettings { minimumAmount { value } maximumAmount { value } } }
      other: giftCertificates(currencyCode: CAD) { isEnabled } } } }`, { variables: { currencyCode: 'USD' }, headers: { 'accept-language': 'fr' } });
    const s = data.site.settings;
    expect(s.display.showProductRating).toBe(true);
    expect(s.reviews.enabled).toBe(true);
    expect(s.inventory).toEqual({ stockLevelDisplay: 'SHOW', showOutOfStockMessage: true, defaultOutOfStockMessage: 'Out of stock', showBackorderMessage: true, showQuantityOnBackorder: true, showBackorderAvailabilityPrompt: true, backorderAvailabilityPrompt: 'Available on backorder' });
    expect(s.logoV2).toEqual({ __typename: 'StoreTextLogo', text: 'Trailhead Coffee & Goods' });
    expect(s.contact.phone).toBe('555-0199');
    expect(s.socialMediaLinks).toHaveLength(2);
    expect(s.seo.metaDescription).toBe('Café frais et équipement pour les départs matinaux.');
    expect(s.privacy).toEqual({ cookieConsentEnabled: true, privacyPolicyUrl: '/privacy-policy/' });
    expect(s.webAnalytics).toEqual({ ga4: { tagId: 'G-SANDBOX0001' }, metaPixel: null });
    expect(s.storefront.catalog.productComparisonsEnabled).toBe(true);
    expect(s.robotsTxt).toContain('Disallow: /checkout');
    expect(s.faviconUrl).toBeNull();
    expect(s.giftCertificates).toEqual({ __typename: 'CustomAmountGiftCertificateSettings', currencyCode: 'USD', isEnabled: true, minimumAmount: { value: 10 }, maximumAmount: { value: 500 } });
    expect(s.other).toBeNull();
  });

  test('a seed without store settings answers the defaults', async () => {
    const { defaultSeed } = await import('../../src/catalog/defaultSeed.js');
    const { storeSettings, locations, ...rest } = defaultSeed;
    void storeSettings; void locations;
    const bare = await startSandbox({ seed: { ...rest, products: rest.products.map(({ locationStock, ...p }) => (void locationStock, p)) } });
    try {
      const data = await gqlData(bare, `{ site { settings { reviews { enabled } display { showProductRating } logoV2 { ... on StoreTextLogo { text } } contact { phone } socialMediaLinks { name } giftCertificates { isEnabled } inventory { stockLevelDisplay backorderAvailabilityPrompt } }
        product(entityId: 132) { variants(first: 1) { edges { node { inventory { aggregated { availableToSell } byLocation { edges { node { locationEntityId locationEntityCode availableToSell } } } } } } } } } }`);
      expect(data.site.settings).toEqual({ reviews: { enabled: true }, display: { showProductRating: true }, logoV2: { text: defaultSeed.storeName }, contact: null, socialMediaLinks: [], giftCertificates: null, inventory: { stockLevelDisplay: 'SHOW', backorderAvailabilityPrompt: null } });
      const v = data.site.product.variants.edges[0].node.inventory;
      expect(v.byLocation.edges).toEqual([{ node: { locationEntityId: 1, locationEntityCode: 'BC-LOCATION-1', availableToSell: v.aggregated.availableToSell } }]);
    } finally {
      await bare.close();
    }
  });

  test('stockLevelDisplay DONT_SHOW hides aggregated stock; SHOW_WHEN_LOW shows it only when low or out', async () => {
    const { defaultSeed } = await import('../../src/catalog/defaultSeed.js');
    const q = '{ site { plenty: product(entityId: 111) { inventory { isInStock aggregated { availableToSell } } variants(first: 1) { edges { node { inventory { aggregated { availableToSell } } } } } } low: product(entityId: 134) { inventory { aggregated { availableToSell warningLevel } } } out: product(entityId: 125) { inventory { isInStock aggregated { availableToSell } } } } }';
    for (const [display, expected] of [
      ['DONT_SHOW', { plenty: null, low: null, out: null }],
      ['SHOW_WHEN_LOW', { plenty: null, low: { availableToSell: 2, warningLevel: 5 }, out: { availableToSell: 0 } }],
    ] as const) {
      const shop = await startSandbox({ seed: { ...defaultSeed, storeSettings: { ...defaultSeed.storeSettings, inventory: { stockLevelDisplay: display } } } });
      try {
        const site = (await gqlData(shop, q)).site;
        expect({ plenty: site.plenty.inventory.aggregated, low: site.low.inventory.aggregated, out: site.out.inventory.aggregated }, display).toEqual(expected);
        expect(site.plenty.variants.edges[0].node.inventory.aggregated).toBeNull();
        // Whether it is in stock still shows.
        expect([site.plenty.inventory.isInStock, site.out.inventory.isInStock]).toEqual([true, false]);
      } finally {
        await shop.close();
      }
    }
  });

  test('byLocation paging arguments are checked like every list', async () => {
    const res = await gql(sandbox, '{ site { product(entityId: 132) { variants(first: 1) { edges { node { inventory { byLocation(first: 51) { edges { node { locationEntityId } } } } } } } } } }');
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
