import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../src/queries/documents/GraphQLDocument.js';
import {
  breadcrumbJsonLd,
  buildHeadMeta,
  productJsonLd,
  productRichResultIssues,
  renderHeadTags,
  type BreadcrumbLike,
  type ListLike,
  type ProductJsonLdInput,
  type SeoDetailsLike,
} from '../../src/seo/index.js';
import { startSeoServer, type SeoStack } from './support/startSeoServer.js';

const origin = 'https://shop.example';

interface PageData {
  site: {
    product: ProductJsonLdInput & { path: string; seo: SeoDetailsLike };
    category: { name: string; path: string; description: string; seo: SeoDetailsLike; breadcrumbs: ListLike<BreadcrumbLike> };
  };
}

// What a product page and a category page read for their head, as an app would write it.
const PAGE = graphql<PageData, { product: number; category: number; locale?: string }>(`query SeoPage($product: Int!, $category: Int!, $locale: String) @shopperPreferences(locale: $locale) {
  site {
    product(entityId: $product) {
      name path sku mpn gtin upc condition description plainTextDescription(characterLimit: 5000)
      seo { pageTitle metaDescription }
      brand { name }
      prices { price { value currencyCode } }
      availabilityV2 { status }
      inventory { isInStock }
      defaultImage { url(width: 1200) altText }
      images(first: 5) { edges { node { url(width: 1200) } } }
      reviewSummary { numberOfReviews summationOfRatings }
      reviews(first: 5) { edges { node { author { name } rating title text createdAt { utc } } } }
    }
    category(entityId: $category) {
      name path description
      seo { pageTitle metaDescription }
      breadcrumbs(depth: 10) { edges { node { name path } } }
    }
  }
}`);

describe('builders from the sandbox’s BigCommerce data, read over HTTP', () => {
  let stack: SeoStack;
  let data: PageData['site'];
  beforeAll(async () => {
    stack = await startSeoServer();
    const request = stack.client.forRequest(new Request(origin), { remoteAddress: '127.0.0.1', customerAccessToken: null }).request;
    data = (await request(PAGE, { product: 111, category: 25 })).site;
  });
  afterAll(() => stack.close());

  it('a product page: Product JSON-LD eligible for Google’s rich results with nothing recommended missing', () => {
    const ld = productJsonLd(data.product, { url: `${origin}${data.product.path}` });
    expect(productRichResultIssues(ld)).toEqual([]);
    expect(ld.offers).toMatchObject({ '@type': 'Offer', priceCurrency: 'USD', availability: expect.stringMatching(/^https:\/\/schema\.org\//) });
    expect(ld.aggregateRating).toMatchObject({ reviewCount: data.product.reviewSummary!.numberOfReviews });
    const html = renderHeadTags([...buildHeadMeta({ kind: 'product', origin, url: data.product.path, seo: data.product.seo, name: data.product.name, description: data.product.description, image: data.product.defaultImage }), { 'script:ld+json': ld }]);
    expect(html).toContain(`<link rel="canonical" href="${origin}${data.product.path}">`);
    expect(html).toContain('<script type="application/ld+json">');
  });

  it('a category page: its SEO title and a BreadcrumbList from its breadcrumbs', () => {
    const tags = buildHeadMeta({ kind: 'category', origin, url: data.category.path, seo: data.category.seo, name: data.category.name, description: data.category.description });
    const title = (tags.find((t) => 'title' in t) as { title: string }).title;
    expect(title).toBe(data.category.seo.pageTitle?.trim() || data.category.name);
    const crumbs = breadcrumbJsonLd(data.category.breadcrumbs, { origin });
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Kitchen', item: `${origin}/kitchen/` },
      { '@type': 'ListItem', position: 2, name: 'Brewing', item: `${origin}/kitchen/brewing/` },
    ]);
  });
});
