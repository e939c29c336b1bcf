import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String) {
  site { products(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { entityId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    collectionInfo { totalItems } } } }`;

type Page = { edges: Array<{ cursor: string; node: { entityId: number } }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; collectionInfo: { totalItems: number } };

async function page(variables: Record<string, unknown>): Promise<Page> {
  return (await gqlData(sandbox, PAGE, { variables })).site.products;
}

describe('catalog', () => {
  test('lists default to 10 items and cursors walk the whole catalog without overlap', async () => {
    const first = await page({});
    expect(first.edges).toHaveLength(10);
    expect(first.collectionInfo.totalItems).toBeGreaterThanOrEqual(24);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const p: Page = await page({ first: 7, ...(after ? { after } : {}) });
      seen.push(...p.edges.map((e) => e.node.entityId));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(first.collectionInfo.totalItems);
    expect(new Set(seen).size).toBe(seen.length);
    // Cursors are opaque strings, not the ids.
    expect(first.edges[0]!.cursor).not.toContain(String(first.edges[0]!.node.entityId));
  });

  test('last/before page backwards', async () => {
    const all = await page({ first: 50 });
    const ids = all.edges.map((e) => e.node.entityId);
    const tail = await page({ last: 3 });
    expect(tail.edges.map((e) => e.node.entityId)).toEqual(ids.slice(-3));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 2, before: tail.pageInfo.startCursor });
    expect(before.edges.map((e) => e.node.entityId)).toEqual(ids.slice(-5, -3));
  });

  test('at most 50 products per query', async () => {
    const res = await gql(sandbox, PAGE, { variables: { first: 51 } });
    expect(res.body.errors?.[0]?.message).toMatch(/between 0 and 50/);
  });

  test('entityIds filter', async () => {
    const data = await gqlData(sandbox, '{ site { products(entityIds: [125, 111]) { edges { node { entityId name } } } } }');
    expect(data.site.products.edges.map((e: { node: { entityId: number } }) => e.node.entityId)).toEqual([125, 111]);
  });

  test('product with options, variants, prices, stock and images on the sandbox origin', async () => {
    const data = await gqlData(sandbox, `{ site { product(entityId: 142) {
      entityId sku name path
      prices { price { value currencyCode } basePrice { value } salePrice { value } saved { value } }
      inventory { isInStock hasVariantInventory aggregated { availableToSell } }
      defaultImage { url(width: 500) altText isDefault }
      images { edges { node { url(width: 100) } } }
      productOptions { edges { node { entityId displayName isVariantOption ... on MultipleChoiceOption { displayStyle values { edges { node { entityId label ... on SwatchOptionValue { hexColors } } } } } } } }
      variants(first: 10) { edges { node { entityId sku isPurchasable inventory { isInStock aggregated { availableToSell } } productOptions(first: 2) { edges { node { entityId ... on MultipleChoiceOption { values(first: 4) { edges { node { entityId label } } } } } } } } } }
    } } }`);
    const p = data.site.product;
    expect(p).toMatchObject({ entityId: 142, name: 'Flannel Shirt', path: '/flannel-shirt/' });
    expect(p.prices).toEqual({ price: { value: 54, currencyCode: 'USD' }, basePrice: { value: 68 }, salePrice: { value: 54 }, saved: { value: 14 } });
    expect(p.defaultImage).toEqual({ url: `${sandbox.url}/images/stencil/500w/products/142/1421/flannel-shirt.svg`, altText: 'Flannel Shirt', isDefault: true });
    expect(p.images.edges).toHaveLength(2);
    const options = p.productOptions.edges.map((e: any) => e.node);
    expect(options.map((o: any) => o.displayName)).toEqual(['Size', 'Colour']);
    expect(options[0].values.edges.map((e: any) => e.node.label)).toEqual(['S', 'M', 'L', 'XL']);
    expect(options[1].displayStyle).toBe('Swatch');
    expect(options[1].values.edges[0].node.hexColors).toEqual(['#b71c1c']);
    expect(p.variants.edges).toHaveLength(8);
    const v = p.variants.edges[0].node;
    expect(v.productOptions.edges.map((e: any) => e.node.values.edges[0].node.label)).toEqual(['S', 'Red Check']);
    const stock = p.variants.edges.reduce((s: number, e: any) => s + e.node.inventory.aggregated.availableToSell, 0);
    expect(p.inventory).toEqual({ isInStock: true, hasVariantInventory: true, aggregated: { availableToSell: stock } });
  });

  test('selecting a variant by id or by option values narrows sku, prices and inventory', async () => {
    const base = await gqlData(sandbox, '{ site { product(entityId: 111) { variants { edges { node { entityId sku prices { price { value } } } } } } } }');
    const kilo = base.site.product.variants.edges[1].node;
    expect(kilo.prices.price.value).toBe(44);
    const byId = await gqlData(sandbox, `{ site { product(entityId: 111, variantEntityId: ${kilo.entityId}) { sku prices { price { value } } } } }`);
    expect(byId.site.product).toEqual({ sku: kilo.sku, prices: { price: { value: 44 } } });
    const opts = await gqlData(sandbox, '{ site { product(entityId: 111) { productOptions { edges { node { entityId ... on MultipleChoiceOption { values { edges { node { entityId label } } } } } } } } } }');
    const option = opts.site.product.productOptions.edges[0].node;
    const kiloValue = option.values.edges.find((e: any) => e.node.label === '1 kg').node.entityId;
    const byOptions = await gqlData(sandbox, `{ site { product(entityId: 111, optionValueIds: [{ optionEntityId: ${option.entityId}, valueEntityId: ${kiloValue} }]) { sku productOptions { edges { node { ... on MultipleChoiceOption { values { edges { node { label isSelected } } } } } } } } } }`);
    expect(byOptions.site.product.sku).toBe(kilo.sku);
    expect(byOptions.site.product.productOptions.edges[0].node.values.edges.map((e: any) => e.node)).toEqual([
      { label: '250 g', isSelected: false },
      { label: '1 kg', isSelected: true },
    ]);
  });

  test('an out-of-stock product says so and can be hidden', async () => {
    const data = await gqlData(sandbox, '{ site { product(entityId: 125) { inventory { isInStock } availabilityV2 { status } } products(first: 50, hideOutOfStock: true) { edges { node { entityId } } } } }');
    expect(data.site.product).toEqual({ inventory: { isInStock: false }, availabilityV2: { status: 'Unavailable' } });
    expect(data.site.products.edges.map((e: any) => e.node.entityId)).not.toContain(125);
  });

  test('category tree, category products and search by category and term, paginated', async () => {
    const tree = await gqlData(sandbox, '{ site { categoryTree { entityId name path productCount hasChildren } } }');
    expect(tree.site.categoryTree).toHaveLength(4);
    const coffee = tree.site.categoryTree.find((c: any) => c.name === 'Coffee');
    expect(coffee).toMatchObject({ path: '/coffee/', hasChildren: false });
    const cat = await gqlData(sandbox, `{ site { category(entityId: ${coffee.entityId}) { name products(first: 3, sortBy: LOWEST_PRICE) { edges { node { entityId prices { price { value } } } } pageInfo { hasNextPage endCursor } collectionInfo { totalItems } } } } }`);
    expect(cat.site.category.products.collectionInfo.totalItems).toBe(coffee.productCount);
    const prices = cat.site.category.products.edges.map((e: any) => e.node.prices.price.value);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const search = `query S($filters: SearchProductsFiltersInput!, $after: String) { site { search { searchProducts(filters: $filters) { products(first: 2, after: $after) { edges { node { entityId name } } pageInfo { hasNextPage endCursor } collectionInfo { totalItems } } } } } }`;
    const found = await gqlData(sandbox, search, { variables: { filters: { categoryEntityId: coffee.entityId, searchTerm: 'coffee' } } });
    const r = found.site.search.searchProducts.products;
    expect(r.collectionInfo.totalItems).toBeGreaterThan(0);
    expect(r.collectionInfo.totalItems).toBeLessThan(coffee.productCount);
    const next = await gqlData(sandbox, search, { variables: { filters: { categoryEntityId: coffee.entityId, searchTerm: 'coffee' }, after: r.pageInfo.endCursor } });
    const ids = [...r.edges, ...next.site.search.searchProducts.products.edges].map((e: any) => e.node.entityId);
    expect(new Set(ids).size).toBe(ids.length);
    const none = await gqlData(sandbox, search, { variables: { filters: { searchTerm: 'zzznothing' } } });
    expect(none.site.search.searchProducts.products.edges).toEqual([]);
  });

  test('route resolves product and category paths', async () => {
    const q = 'query R($path: String!) { site { route(path: $path) { node { __typename id ... on Product { entityId name } ... on Category { entityId name } } } } }';
    const product = await gqlData(sandbox, q, { variables: { path: '/flannel-shirt/' } });
    expect(product.site.route.node).toMatchObject({ __typename: 'Product', entityId: 142, name: 'Flannel Shirt' });
    const category = await gqlData(sandbox, q, { variables: { path: '/coffee' }, headers: { 'accept-language': 'de' } });
    expect(category.site.route.node).toMatchObject({ __typename: 'Category', entityId: 21, name: 'Kaffee' });
    expect((await gqlData(sandbox, q, { variables: { path: '/no-such-page/' } })).site.route).toEqual({ node: null });
  });

  test('settings: store name, locales, currency', async () => {
    const data = await gqlData(sandbox, '{ site { settings { storeName storeHash channelId locales { code isDefault } currency { defaultCurrency } } } }');
    expect(data.site.settings).toEqual({
      storeName: 'Trailhead Coffee & Goods',
      storeHash: sandbox.storeHash,
      channelId: 1,
      locales: [{ code: 'en', isDefault: true }, { code: 'fr', isDefault: false }, { code: 'de', isDefault: false }],
      currency: { defaultCurrency: 'USD' },
    });
  });
});

describe('locale', () => {
  const Q = 'query L { site { product(entityId: 145) { name plainTextDescription } category(entityId: 21) { name } } }';

  test('Accept-Language picks the translation', async () => {
    const fr = await gqlData(sandbox, Q, { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } });
    expect(fr.site.product.name).toBe('Tablier de barista en toile');
    expect(fr.site.category.name).toBe('Café');
    const de = await gqlData(sandbox, Q, { headers: { 'accept-language': 'es;q=1, de;q=0.8' } });
    expect(de.site.category.name).toBe('Kaffee');
  });

  test('the @shopperPreferences directive wins over Accept-Language', async () => {
    const q = 'query L @shopperPreferences(locale: "de") { site { product(entityId: 145) { name } } }';
    const data = await gqlData(sandbox, q, { headers: { 'accept-language': 'fr' } });
    expect(data.site.product.name).toBe('Barista-Schürze aus Canvas');
    const viaVariable = await gqlData(sandbox, 'query L($l: String) @shopperPreferences(locale: $l) { site { category(entityId: 21) { name } } }', { variables: { l: 'fr' } });
    expect(viaVariable.site.category.name).toBe('Café');
  });

  test('untranslated fields and unknown locales fall back to English', async () => {
    const de = await gqlData(sandbox, Q, { headers: { 'accept-language': 'de' } });
    expect(de.site.product.plainTextDescription).toBe('Heavy canvas apron with leather straps.');
    const ja = await gqlData(sandbox, Q, { headers: { 'accept-language': 'ja' } });
    expect(ja.site.product.name).toBe('Canvas Barista Apron');
  });
});

describe('product description', () => {
  test('is the seed text as HTML, escaped as every sandbox page escapes it', async () => {
    const text = `Tom's "best" <b>mug</b> & more`;
    const [first, ...rest] = defaultSeed.products;
    const marked = await startSandbox({ seed: { ...defaultSeed, products: [{ ...first!, description: { en: text } }, ...rest] } });
    try {
      const data = await gqlData(marked, `query { site { product(entityId: ${first!.entityId}) { description plainTextDescription } } }`);
      expect(data.site.product).toEqual({
        description: '<p>Tom&#39;s &quot;best&quot; &lt;b&gt;mug&lt;/b&gt; &amp; more</p>',
        plainTextDescription: text,
      });
    } finally {
      await marked.close();
    }
  });
});
