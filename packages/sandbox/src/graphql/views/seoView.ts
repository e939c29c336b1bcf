import { localize } from '../../catalog/createCatalog.js';
import type { SeedSeo } from '../../catalog/SeedStorefrontContent.js';

/**
 * `SeoDetails` in a locale. What the merchant left empty answers `""`, as BigCommerce does
 * (storefronts such as Catalyst then fall back to the entity's name).
 */
export function seoView(seo: SeedSeo | undefined, locale: string) {
  return {
    pageTitle: seo?.pageTitle ? localize(seo.pageTitle, locale) : '',
    metaDescription: seo?.metaDescription ? localize(seo.metaDescription, locale) : '',
    metaKeywords: seo?.metaKeywords ?? '',
  };
}
