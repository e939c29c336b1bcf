import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { startSandbox } from '../support/sandboxFixtures.js';
import { gql } from '../support/storefrontFlow.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('generated product images', () => {
  it('serves the SVG a product’s defaultImage URL names, with its English name', async () => {
    const product = sandbox.store.catalog.products[0]!;
    const res = await gql(sandbox, 'query P($id: Int!) { site { product(entityId: $id) { defaultImage { url(width: 320) } } } }', { id: product.entityId }, { 'accept-language': 'fr' });
    const url = res.body.data.site.product.defaultImage.url as string;
    expect(url.startsWith(`${sandbox.url}/images/stencil/320w/products/${product.entityId}/`)).toBe(true);
    const image = await fetch(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await image.text();
    expect(svg).toMatch(/^<svg [^>]*width="320" height="320"/);
    expect(svg).toContain(product.name.en.replace(/&/g, '&amp;'));
    expect(svg.toLowerCase()).toContain(product.color.toLowerCase());
  });

  it('gives different images different colours and unknown sizes a 404', async () => {
    const a = await (await fetch(`${sandbox.url}/images/stencil/100x80/products/5/52/a.svg`)).text();
    const b = await (await fetch(`${sandbox.url}/images/stencil/100x80/products/5/53/a.svg`)).text();
    expect(a).toContain('width="100" height="80"');
    expect(a).not.toBe(b);
    expect((await fetch(`${sandbox.url}/images/stencil/huge/products/5/52/a.svg`)).status).toBe(404);
    expect((await fetch(`${sandbox.url}/images/stencil/100w/products/5/52/a.png`)).status).toBe(404);
  });
});
