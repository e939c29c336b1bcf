import type { SeedLocation, SeedStoreSettings } from './SeedStorefrontContent.js';

/** The built-in shop's locations: the warehouse (default) and a showroom that keeps a few units. */
export const seedLocations: SeedLocation[] = [
  { entityId: 1, code: 'TRAILHEAD-WAREHOUSE', typeId: 'PHYSICAL' },
  { entityId: 2, code: 'TRAILHEAD-SHOWROOM', typeId: 'PHYSICAL' },
];

/** The built-in shop's storefront settings. */
export const seedStoreSettings: SeedStoreSettings = {
  contact: { address: '12 Mill Lane, Bend, OR 97701', addressType: 'Business', country: 'United States', email: 'hello@trailhead.example', phone: '555-0199' },
  socialMediaLinks: [
    { name: 'Instagram', url: 'https://instagram.com/trailhead.example' },
    { name: 'Facebook', url: 'https://facebook.com/trailhead.example' },
  ],
  logoText: 'Trailhead Coffee & Goods',
  privacyPolicyUrl: '/privacy-policy/',
  cookieConsentEnabled: true,
  ga4TagId: 'G-SANDBOX0001',
  seo: { pageTitle: { en: 'Trailhead Coffee & Goods', fr: 'Trailhead Coffee & Goods', de: 'Trailhead Coffee & Goods' },
    metaDescription: { en: 'Fresh coffee and gear for early starts.', fr: 'Café frais et équipement pour les départs matinaux.', de: 'Frischer Kaffee und Ausrüstung für frühe Aufbrüche.' },
    metaKeywords: 'coffee,outdoor,kitchen,apparel' },
  robotsTxt: 'User-agent: *\nDisallow: /cart\nDisallow: /checkout\n',
  statusMessage: '',
  reviewsEnabled: true,
  showProductRating: true,
  productComparisonsEnabled: true,
  scripts: [
    { entityId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f', kind: 'src', content: 'https://www.googletagmanager.com/gtag/js?id=G-SANDBOX0001', location: 'HEAD', visibility: 'ALL_PAGES', consentCategory: 'ANALYTICS' },
    { entityId: '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a', kind: 'inline', content: '<script>window.trailheadChat = { enabled: true };</script>', location: 'FOOTER', visibility: 'STOREFRONT', consentCategory: 'FUNCTIONAL' },
    { entityId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', kind: 'inline', content: '<script>window.trailheadThanks = true;</script>', location: 'FOOTER', visibility: 'ORDER_CONFIRMATION', consentCategory: 'ESSENTIAL' },
  ],
  searchFilterCustomFields: ['Roast', 'Material'],
  giftCertificates: { enabled: true, minimum: 1000, maximum: 50000 },
  inventory: {
    stockLevelDisplay: 'SHOW',
    showOutOfStockMessage: true,
    defaultOutOfStockMessage: 'Out of stock',
    showBackorderMessage: true,
    showQuantityOnBackorder: true,
    showBackorderAvailabilityPrompt: true,
    backorderAvailabilityPrompt: 'Available on backorder',
  },
};
