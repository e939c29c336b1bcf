import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  jsonLdScriptTag,
  organizationJsonLd,
  productJsonLd,
  productRichResultIssues,
  webSiteJsonLd,
  type JsonLdObject,
  type ProductJsonLdInput,
} from '../../src/seo/index.js';

const url = 'https://shop.example/trail-mug/';
const HOSTILE = '</script><script>alert(1)</script><!--\u2028';

/** A BigCommerce product as the Storefront API returns it, with every field productJsonLd reads. */
const product = (overrides: Partial<ProductJsonLdInput> = {}): ProductJsonLdInput => ({
  name: 'Trail Mug',
  sku: 'MUG-12',
  mpn: 'TM-12',
  gtin: '0012345678905',
  description: '<p>Enamel <b>steel</b> mug.</p>',
  condition: 'NEW',
  brand: { name: 'Trailhead' },
  prices: { price: { value: 18.5, currencyCode: 'USD' } },
  availabilityV2: { status: 'Available' },
  inventory: { isInStock: true },
  defaultImage: { url: 'https://cdn.example/mug-1.jpg' },
  images: { edges: [{ node: { url: 'https://cdn.example/mug-1.jpg' } }, { node: { url: 'https://cdn.example/mug-2.jpg' } }] },
  reviewSummary: { numberOfReviews: 2, averageRating: 4.5 },
  reviews: { edges: [{ node: { author: { name: 'Ada' }, rating: 5, title: 'Great', text: 'Keeps coffee hot.', createdAt: { utc: '2026-01-02T00:00:00Z' } } }] },
  ...overrides,
});

describe('productJsonLd', () => {
  it('builds a Product with an Offer Google accepts with every recommended property', () => {
    const ld = productJsonLd(product(), { url });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Trail Mug',
      url,
      description: 'Enamel steel mug.',
      image: ['https://cdn.example/mug-1.jpg', 'https://cdn.example/mug-2.jpg'],
      sku: 'MUG-12',
      mpn: 'TM-12',
      gtin: '0012345678905',
      brand: { '@type': 'Brand', name: 'Trailhead' },
      offers: { '@type': 'Offer', url, price: 18.5, priceCurrency: 'USD', availability: 'https://schema.org/InStock', itemCondition: 'https://schema.org/NewCondition' },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, bestRating: 5, worstRating: 1 },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Ada' },
          reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
          name: 'Great',
          reviewBody: 'Keeps coffee hot.',
          datePublished: '2026-01-02T00:00:00Z',
        },
      ],
    });
    expect(productRichResultIssues(ld)).toEqual([]);
  });

  it('maps availability and condition to schema.org URLs', () => {
    const offer = (p: Partial<ProductJsonLdInput>) => productJsonLd(product(p), { url }).offers as JsonLdObject;
    expect(offer({ availabilityV2: { status: 'Preorder' } }).availability).toBe('https://schema.org/PreOrder');
    expect(offer({ availabilityV2: { status: 'Unavailable' } }).availability).toBe('https://schema.org/OutOfStock');
    expect(offer({ inventory: { isInStock: false } }).availability).toBe('https://schema.org/OutOfStock');
    expect(offer({ condition: 'USED' }).itemCondition).toBe('https://schema.org/UsedCondition');
    expect(offer({ condition: 'REFURBISHED' }).itemCondition).toBe('https://schema.org/RefurbishedCondition');
    expect(offer({ condition: null })).not.toHaveProperty('itemCondition');
  });

  it('writes aggregateRating and review only when there are reviews', () => {
    const ld = productJsonLd(product({ reviewSummary: { numberOfReviews: 0, averageRating: 0 } }), { url });
    expect(ld).not.toHaveProperty('aggregateRating');
    expect(ld).not.toHaveProperty('review');
    expect(productJsonLd(product({ reviewSummary: null }), { url })).not.toHaveProperty('review');
    // The rating comes from summationOfRatings / numberOfReviews when BigCommerce sends it (averageRating is deprecated).
    expect(productJsonLd(product({ reviewSummary: { numberOfReviews: 3, summationOfRatings: 13 } }), { url }).aggregateRating).toMatchObject({ ratingValue: 4.33, reviewCount: 3 });
  });

  it('drops script and data image URLs, bad GTINs, and keeps hostile text inert in the script tag', () => {
    const ld = productJsonLd(
      product({ name: `Mug ${HOSTILE}`, description: `<img src=x onerror=alert(1)>${HOSTILE}`, gtin: '12<script>', upc: '012345678905', defaultImage: { url: 'javascript:alert(1)' }, images: [{ url: 'data:image/svg+xml,<svg onload=alert(1)>' }, { url: 'https://cdn.example/ok.jpg' }] }),
      { url },
    );
    expect(ld.image).toEqual(['https://cdn.example/ok.jpg']);
    expect(ld.gtin).toBe('012345678905');
    const tag = jsonLdScriptTag(ld, { nonce: 'r4nd0m' });
    const [script] = parseFragment(tag).childNodes as unknown as { tagName: string; attrs: { name: string; value: string }[]; childNodes: { value: string }[] }[];
    expect(parseFragment(tag).childNodes).toHaveLength(1);
    expect(script!.tagName).toBe('script');
    expect(script!.attrs).toEqual([{ name: 'type', value: 'application/ld+json' }, { name: 'nonce', value: 'r4nd0m' }]);
    expect(JSON.parse(script!.childNodes[0]!.value)).toEqual(ld);
    expect(tag).not.toMatch(/<\/script>[\s\S]*<\/script>|<!--|\u2028/);
    expect(() => productJsonLd(product(), { url: 'javascript:alert(1)' })).toThrow(/productJsonLd: options\.url .* not an absolute http\(s\) URL/);
  });

  it('cuts huge text', () => {
    const ld = productJsonLd(product({ name: 'n'.repeat(1_000_000), description: 'd '.repeat(1_000_000) }), { url });
    expect(JSON.stringify(ld).length).toBeLessThan(10_000);
  });
});

describe('productRichResultIssues: Google’s Product rules', () => {
  const base = () => productJsonLd(product(), { url });
  const without = (ld: JsonLdObject, ...keys: string[]) => Object.fromEntries(Object.entries(ld).filter(([k]) => !keys.includes(k)));
  const errors = (ld: JsonLdObject) => productRichResultIssues(ld).filter((i) => i.severity === 'error').map((i) => i.property);
  const warnings = (ld: JsonLdObject) => productRichResultIssues(ld).filter((i) => i.severity === 'warning').map((i) => i.property);

  it('a Product needs a name', () => expect(errors(without(base(), 'name'))).toEqual(['name']));
  it('a Product needs one of offers, review or aggregateRating', () => {
    expect(errors(without(base(), 'offers', 'review', 'aggregateRating'))).toEqual(['offers']);
    expect(errors(without(base(), 'offers', 'review'))).toEqual([]);
    expect(errors(without(base(), 'offers', 'aggregateRating'))).toEqual([]);
  });
  it('a merchant listing needs an image', () => expect(errors(without(base(), 'image'))).toEqual(['image']));
  it('an Offer needs a price above 0 and an ISO 4217 priceCurrency', () => {
    const withOffer = (offer: JsonLdObject) => ({ ...base(), offers: offer });
    expect(errors(withOffer({ '@type': 'Offer', priceCurrency: 'USD', availability: 'x', itemCondition: 'y' }))).toEqual(['offers.price']);
    expect(errors(withOffer({ '@type': 'Offer', price: 0, priceCurrency: 'USD' }))).toEqual(['offers.price']);
    expect(errors(withOffer({ '@type': 'Offer', price: 5 }))).toEqual(['offers.priceCurrency']);
    expect(errors(withOffer({ '@type': 'Offer', price: 5, priceCurrency: '$' }))).toEqual(['offers.priceCurrency']);
    expect(warnings(withOffer({ '@type': 'Offer', price: 5, priceCurrency: 'USD' }))).toEqual(['offers.availability', 'offers.itemCondition']);
  });
  it('an AggregateRating needs ratingValue and reviewCount or ratingCount', () => {
    expect(errors({ ...base(), aggregateRating: { '@type': 'AggregateRating', reviewCount: 2 } })).toEqual(['aggregateRating.ratingValue']);
    expect(errors({ ...base(), aggregateRating: { '@type': 'AggregateRating', ratingValue: 4 } })).toEqual(['aggregateRating.reviewCount']);
    expect(errors({ ...base(), aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, ratingCount: 3 } })).toEqual([]);
  });
  it('a Review needs an author and a reviewRating', () => {
    expect(errors({ ...base(), review: [{ '@type': 'Review', reviewRating: { ratingValue: 5 } }] })).toEqual(['review.author']);
    expect(errors({ ...base(), review: [{ '@type': 'Review', author: { name: 'A' } }] })).toEqual(['review.reviewRating']);
  });
  it('description, brand, sku, a gtin or mpn, aggregateRating and review are recommended', () => {
    expect(warnings(without(base(), 'description', 'brand', 'sku', 'gtin', 'mpn', 'aggregateRating', 'review'))).toEqual(['description', 'brand', 'sku', 'gtin', 'aggregateRating', 'review']);
    expect(warnings(without(base(), 'gtin'))).toEqual([]);
  });
  it('what productJsonLd builds from a product with no reviews, brand or identifiers is still eligible', () => {
    const ld = productJsonLd({ name: 'Bare', prices: { price: { value: 3, currencyCode: 'EUR' } }, defaultImage: { url: 'https://cdn.example/b.jpg' } }, { url });
    expect(errors(ld)).toEqual([]);
  });
});

describe('breadcrumbs, organization and website', () => {
  it('BreadcrumbList from a category’s breadcrumbs, positions from 1, off-site or script paths lose their link', () => {
    const ld = breadcrumbJsonLd(
      { edges: [{ node: { name: 'Coffee', path: '/coffee/' } }, { node: { name: 'Beans <b>x</b>', path: '/coffee/beans/' } }, { node: { name: 'Evil', path: '//evil.example/' } }, { node: { name: 'JS', path: 'javascript:alert(1)' } }] },
      { origin: 'https://shop.example', urlFor: (p) => `/fr${p}` },
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Coffee', item: 'https://shop.example/fr/coffee/' },
        { '@type': 'ListItem', position: 2, name: 'Beans x', item: 'https://shop.example/fr/coffee/beans/' },
        { '@type': 'ListItem', position: 3, name: 'Evil', item: 'https://shop.example/fr//evil.example/' },
        { '@type': 'ListItem', position: 4, name: 'JS', item: 'https://shop.example/frjavascript:alert(1)' },
      ],
    });
    const bare = breadcrumbJsonLd([{ name: 'Evil', path: '//evil.example/' }, { name: 'JS', path: 'javascript:alert(1)' }], { origin: 'https://shop.example' });
    expect((bare.itemListElement as JsonLdObject[]).map((i) => i.item)).toEqual([undefined, undefined]);
  });

  it('Organization and WebSite with a SearchAction', () => {
    expect(organizationJsonLd({ name: 'Trailhead', url: 'https://shop.example/', logo: 'javascript:alert(1)', sameAs: ['https://social.example/trailhead', 'javascript:x'] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Trailhead',
      url: 'https://shop.example/',
      sameAs: ['https://social.example/trailhead'],
    });
    expect(webSiteJsonLd({ name: 'Trailhead', url: 'https://shop.example/', searchUrlTemplate: 'https://shop.example/search?term={search_term_string}' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Trailhead',
      url: 'https://shop.example/',
      potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: 'https://shop.example/search?term={search_term_string}' }, 'query-input': 'required name=search_term_string' },
    });
    expect(() => webSiteJsonLd({ name: 'x', url: 'https://shop.example/', searchUrlTemplate: 'javascript:{search_term_string}' })).toThrow(/searchUrlTemplate .* not an absolute http\(s\) URL/);
    expect(() => webSiteJsonLd({ name: 'x', url: 'https://shop.example/', searchUrlTemplate: 'https://shop.example/search' })).toThrow(/must contain \{search_term_string\}/);
    expect(() => organizationJsonLd({ name: 'x', url: 'javascript:alert(1)' })).toThrow(/organizationJsonLd: url/);
  });
});
