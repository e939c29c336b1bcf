import type { LocalizedText } from './SandboxSeed.js';

/**
 * The storefront-content parts of a seed: brands, web pages, the blog and 301 redirects, plus the
 * SEO and identification details of products. All optional, so a seed file written before they
 * existed still loads (its store simply has no brands, pages, posts or redirects).
 */

/** `SeoDetails` of a product, category, brand, web page or blog post; missing parts answer `""`. */
export interface SeedSeo {
  pageTitle?: LocalizedText;
  metaDescription?: LocalizedText;
  /** Comma-separated, as BigCommerce sends `metaKeywords`. */
  metaKeywords?: string;
}

/** A brand with its own page (`path`, e.g. `/brands/ridgeline/`). */
export interface SeedBrand {
  entityId: number;
  /** URL slug: path `/brands/{slug}/`. */
  slug: string;
  name: string;
  searchKeywords?: string[];
  seo?: SeedSeo;
}

/**
 * A web page. BigCommerce's page types (`WebPageType`): NORMAL (`NormalPage`), CONTACT
 * (`ContactPage`, with `contactFields`), RAW (`RawHtmlPage`: HTML served as is), LINK
 * (`ExternalLinkPage`, a navigation link elsewhere) and BLOG (`BlogIndexPage`, the blog's page).
 */
export interface SeedWebPage {
  entityId: number;
  type: 'NORMAL' | 'CONTACT' | 'RAW' | 'LINK' | 'BLOG';
  /** URL slug: path `/{slug}/` (unused for LINK pages). */
  slug: string;
  name: LocalizedText;
  /** The page's HTML (trusted: it is the merchant's content, as on BigCommerce). */
  htmlBody?: LocalizedText;
  /** Target of a LINK page. */
  link?: string;
  /** Fields the contact form shows (CONTACT pages), e.g. `fullname`, `phone`, `orderno`. */
  contactFields?: string[];
  parentEntityId?: number;
  isVisibleInNavigation?: boolean;
  seo?: SeedSeo;
}

/** A blog post (path `/blog/{slug}/`). */
export interface SeedBlogPost {
  entityId: number;
  slug: string;
  name: LocalizedText;
  htmlBody: LocalizedText;
  author?: string;
  /** ISO 8601. */
  publishedDate: string;
  tags: string[];
  seo?: SeedSeo;
}

/** The store's blog: its name, description and posts. */
export interface SeedBlog {
  name: LocalizedText;
  description: LocalizedText;
  /** URL slug of the blog's index: path `/{slug}/` (BigCommerce's default is `blog`). */
  slug: string;
  posts: SeedBlogPost[];
}

/**
 * A 301 redirect (BigCommerce's Redirects API: `from_path` and a `to` of type `product`, `brand`,
 * `category`, `page`, `post` or `url`). `fromPath` may carry a query string: it then matches only
 * that query, as BigCommerce's redirects do.
 */
export interface SeedRedirect {
  entityId: number;
  fromPath: string;
  to:
    | { type: 'product' | 'brand' | 'category' | 'page' | 'post'; entityId: number }
    | { type: 'url'; url: string };
}

/** What products carry besides price and stock: brand, identifiers, SEO, custom fields. */
export interface SeedProductDetails {
  brandEntityId?: number;
  gtin?: string;
  mpn?: string;
  upc?: string;
  condition?: 'NEW' | 'USED' | 'REFURBISHED';
  /** Shipping weight. */
  weight?: { value: number; unit: string };
  customFields?: Array<{ entityId: number; name: string; value: string }>;
  seo?: SeedSeo;
  /** False hides the "Add to cart" action (BigCommerce's `showCartAction`); default true. */
  showCartAction?: boolean;
  /** Warranty text shown on the product page (HTML allowed, the merchant's). */
  warranty?: LocalizedText;
  /** Backorder terms (shown in inventory; carts still sell only the stock on hand). */
  backorder?: SeedBackorder;
  /**
   * Units of every variant kept at non-default locations; the default location (the first of the
   * seed's `locations`) holds the rest of the variant's stock.
   */
  locationStock?: Array<{ locationEntityId: number; quantity: number }>;
}

/** A product review (BigCommerce's `Review`: title, text, rating 1–5, author, date). */
export interface SeedReview {
  entityId: number;
  productEntityId: number;
  rating: number;
  title: string;
  text: string;
  author: string;
  /** The reviewer's email: one review per product and email (bigcommerce/docs product-reviews.mdx). */
  email?: string;
  /** ISO 8601. */
  createdAt: string;
}

/** An inventory location (BigCommerce's Locations API: id, code, type PHYSICAL or VIRTUAL). */
export interface SeedLocation {
  entityId: number;
  code: string;
  typeId: 'PHYSICAL' | 'VIRTUAL';
}

/** A product's backorder terms: a limit of units, or unlimited, and the message shoppers see. */
export interface SeedBackorder {
  limit?: number;
  unlimited?: boolean;
  message?: LocalizedText;
}

/** Storefront settings `site.settings` shows; every part has a default (settingsView.ts). */
export interface SeedStoreSettings {
  contact?: { address: string; addressType: string; country: string; email: string; phone: string };
  socialMediaLinks?: Array<{ name: string; url: string }>;
  /** The text logo (the sandbox has no logo image). */
  logoText?: string;
  privacyPolicyUrl?: string;
  cookieConsentEnabled?: boolean;
  ga4TagId?: string;
  seo?: SeedSeo;
  robotsTxt?: string;
  faviconUrl?: string;
  statusMessage?: string;
  reviewsEnabled?: boolean;
  showProductRating?: boolean;
  productComparisonsEnabled?: boolean;
  /** Scripts the storefront adds to its pages. */
  scripts?: SeedScript[];
  /** Custom-field names that are search filters (product attribute facets) besides the options. */
  searchFilterCustomFields?: string[];
  /** Gift certificates for custom amounts between these (minor units, store currency). */
  giftCertificates?: { enabled: boolean; minimum: number; maximum: number };
  inventory?: {
    stockLevelDisplay?: 'DONT_SHOW' | 'SHOW' | 'SHOW_WHEN_LOW';
    showOutOfStockMessage?: boolean;
    defaultOutOfStockMessage?: string;
    showBackorderMessage?: boolean;
    showQuantityOnBackorder?: boolean;
    showBackorderAvailabilityPrompt?: boolean;
    backorderAvailabilityPrompt?: string;
  };
}

/**
 * A currency shoppers can see prices in (BigCommerce's `Currency`). `exchangeRate` converts from
 * the store's default currency; a transactional currency can also be charged (carts in it).
 */
export interface SeedCurrency {
  entityId: number;
  /** ISO 4217; one of the sandbox schema's `currencyCode` values (AUD, CAD, EUR, GBP, USD). */
  code: string;
  name: string;
  exchangeRate: number;
  isTransactional: boolean;
  symbol: string;
  symbolPlacement: 'LEFT' | 'RIGHT';
  decimalToken?: string;
  thousandsToken?: string;
}

/**
 * A storefront script (BigCommerce's Scripts API: an inline `<script>` or a `src` URL, where it
 * goes, which pages and which consent category), answered by `Content.scripts`.
 */
export interface SeedScript {
  /** A UUID. */
  entityId: string;
  kind: 'inline' | 'src';
  /** The whole `<script>` tag (inline) or the script URL (src). */
  content: string;
  location: 'HEAD' | 'FOOTER';
  visibility: 'ALL_PAGES' | 'STOREFRONT' | 'CHECKOUT' | 'ORDER_CONFIRMATION';
  consentCategory: 'ESSENTIAL' | 'FUNCTIONAL' | 'ANALYTICS' | 'TARGETING' | 'UNKNOWN';
}
