import type { SandboxSeed, SeedCategory, SeedCustomerGroup } from './SandboxSeed.js';
import { seedBrands } from './seedBrands.js';
import { seedBlog, seedRedirects, seedWebPages } from './seedContent.js';
import { withProductDetails } from './seedProductDetails.js';
import { seedReviews } from './seedReviews.js';
import { seedCurrencies } from './seedCurrencies.js';
import { seedLocations, seedStoreSettings } from './seedSettings.js';
import { withDemoAccounts } from './seedCustomerAccounts.js';
import { seedGiftCertificates } from './seedGiftCertificates.js';
import { seedModifierProducts } from './seedModifierProducts.js';
import { seedOrders } from './seedOrders.js';
import { seedProducts } from './seedProducts.js';
import { seedWishlists } from './seedWishlists.js';

const categories: SeedCategory[] = [
  { entityId: 21, slug: 'coffee', name: { en: 'Coffee', fr: 'Café', de: 'Kaffee' },
    description: { en: 'Small-batch roasts, delivered fresh.', fr: 'Torréfactions en petits lots, livrées fraîches.', de: 'Röstungen in kleinen Chargen, frisch geliefert.' },
    seo: { pageTitle: { en: 'Fresh roasted coffee', fr: 'Café fraîchement torréfié', de: 'Frisch gerösteter Kaffee' }, metaDescription: { en: 'Whole-bean coffee roasted to order.', fr: 'Café en grains torréfié à la commande.', de: 'Ganze Bohnen, auf Bestellung geröstet.' }, metaKeywords: 'coffee,beans' } },

  { entityId: 22, slug: 'outdoor', name: { en: 'Outdoor', fr: 'Plein air', de: 'Outdoor' },
    description: { en: 'Gear for the trail and the campsite.', fr: 'Équipement pour le sentier et le camp.', de: 'Ausrüstung für Weg und Zeltplatz.' } },
  { entityId: 23, slug: 'kitchen', name: { en: 'Kitchen', fr: 'Cuisine', de: 'Küche' },
    description: { en: 'Tools for brewing and cooking at home.', fr: 'Ustensiles pour infuser et cuisiner à la maison.', de: 'Werkzeuge zum Brühen und Kochen zu Hause.' } },
  // A sub-category (path /kitchen/brewing/): its breadcrumbs are Kitchen › Brewing.
  { entityId: 25, slug: 'brewing', parentEntityId: 23, name: { en: 'Brewing', fr: 'Infusion', de: 'Zubereitung' },
    description: { en: 'Drippers and kettles for filter coffee.', fr: 'Drippers et bouilloires pour le café filtre.', de: 'Filter und Kessel für Filterkaffee.' } },
  { entityId: 24, slug: 'apparel', name: { en: 'Apparel', fr: 'Vêtements', de: 'Bekleidung' },
    description: { en: 'Warm layers for cold mornings.', fr: 'Des couches chaudes pour les matins froids.', de: 'Warme Schichten für kalte Morgen.' } },
];

/** BigCommerce-style customer group (reference/customers.v2.yml) with one store-wide percentage rule. */
const tradeGroup: SeedCustomerGroup = { id: 1, name: 'Trade', discountRules: [{ type: 'all', method: 'percent', amount: 15 }] };

/** The built-in shop every sandbox starts with unless a seed file replaces it. */
export const defaultSeed: SandboxSeed = {
  storeName: 'Trailhead Coffee & Goods',
  currencyCode: 'USD',
  locales: ['en', 'fr', 'de'],
  taxRatePercent: 8,
  categories,
  products: [...seedProducts, ...seedModifierProducts].map(withProductDetails),
  brands: seedBrands,
  webPages: seedWebPages,
  blog: seedBlog,
  redirects: seedRedirects,
  reviews: seedReviews,
  locations: seedLocations,
  storeSettings: seedStoreSettings,
  currencies: seedCurrencies,
  customers: withDemoAccounts([
    { entityId: 1, email: 'jane@example.com', password: 'Shopper123!', firstName: 'Jane', lastName: 'Doe', phone: '555-0100' },
    { entityId: 2, email: 'max@example.com', password: 'Shopper456!', firstName: 'Max', lastName: 'Mustermann', company: 'Beispiel GmbH' },
    // A trade buyer: the "Trade" group's store-wide 15 % off shows in catalog prices and carts once signed in.
    { entityId: 3, email: 'sam@example.com', password: 'Shopper789!', firstName: 'Sam', lastName: 'Okafor', company: 'Okafor Café Supply', customerGroup: tradeGroup },
  ]),
  coupons: [
    { entityId: 1, code: 'WELCOME10', couponType: 'PERCENTAGE_DISCOUNT', amount: 10 },
  ],
  orders: seedOrders,
  wishlists: seedWishlists,
  giftCertificates: seedGiftCertificates,
  shippingOptions: [
    { entityId: '8b1e3c5d0f2a4e6b9c7d1a3f5e7b9d2c', description: 'Standard Shipping', type: 'shipping_flatrate', cost: 500, transitTime: '3-5 business days', isRecommended: true },
    { entityId: '3f9a7c1e5b2d4f8a0c6e2b4d8f1a3c5e', description: 'Express Shipping', type: 'shipping_flatrate', cost: 1500, transitTime: '1-2 business days' },
  ],
};
