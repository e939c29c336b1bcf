/**
 * `@bc-headless/core/seo`: pure builders from BigCommerce data to head tags, JSON-LD and the
 * crawler and agent files (sitemaps, robots.txt, llms.txt, ai-catalog.json). Browser-safe (a
 * route's `meta` may run in the browser); never imported by the main browser entry.
 */
export type { HeadDescriptor, JsonLdObject, JsonLdValue } from './HeadDescriptor.js';
export { jsonLdDescriptor } from './HeadDescriptor.js';
export { buildHeadMeta, DESCRIPTION_MAX, type HeadMetaInput, type SeoDetailsLike } from './buildHeadMeta.js';
export { hreflangLinks, resolveAlternates, xDefaultOf, type HreflangOptions, type LocaleAlternate, type LocaleAlternates } from './hreflangLinks.js';
export { isNoindexPage, NOINDEX_PAGE_KINDS, robotsContent, type PageKind } from './pageRobots.js';
export { canonicalUrl, isTrackingParam, safeHttpUrl, type CanonicalUrlOptions } from './safeUrl.js';
export { plainText, truncateText } from './plainText.js';
export { renderHeadTags, jsonLdScriptTag, type RenderHeadOptions } from './renderHeadTags.js';
export { toUnheadInput, type UnheadInput } from './toUnheadInput.js';
export { productJsonLd, schemaAvailability, nodesOf, type ProductJsonLdInput, type ProductJsonLdOptions, type ListLike, type MoneyLike, type ReviewLike } from './productJsonLd.js';
export { productRichResultIssues, type RichResultIssue } from './productRichResultIssues.js';
export { breadcrumbJsonLd, type BreadcrumbLike } from './breadcrumbJsonLd.js';
export { organizationJsonLd, webSiteJsonLd, type OrganizationInput, type WebSiteInput } from './siteJsonLd.js';
export { serializeJsonForScript } from '../serializeJsonForScript.js';
export type { SeoHandler, SeoHandlerContext } from './anonymousRequest.js';
export { createSitemapHandler, type SitemapHandlerOptions } from './createSitemapHandler.js';
export type { SitemapType } from './sitemapSources.js';
export { SITEMAP_LIMITS, escapeXml } from './sitemapXml.js';
export { SITEMAP_BRANDS, SITEMAP_BRAND_CURSORS, SITEMAP_CATEGORIES, SITEMAP_PAGES, SITEMAP_PAGE_CURSORS, SITEMAP_PRODUCTS, SITEMAP_PRODUCT_CURSORS } from './sitemapDocuments.js';
export { buildRobotsTxt, createRobotsTxtHandler, DEFAULT_DISALLOW, type RobotsTxtOptions } from './robotsTxt.js';
export { buildLlmsTxt, createLlmsTxtHandler, LLMS_TXT, type LlmsTxtHandlerOptions, type LlmsTxtInput, type LlmsTxtLink } from './llmsTxt.js';
export { AI_CATALOG_MEDIA_TYPES, buildAiCatalog, createAiCatalogHandler, type AiCatalogEntry, type AiCatalogInput } from './aiCatalog.js';
