import type { SeedProduct } from './SandboxSeed.js';

/**
 * Products with modifier options (appended to the built-in catalog): a mug to personalise with
 * every kind of shopper input BigCommerce's cart accepts, and a poster with a file upload (which
 * the GraphQL cart cannot carry: it is optional).
 */
export const seedModifierProducts: SeedProduct[] = [
  {
    entityId: 151, sku: 'KIT-ENGRAVED-MUG', slug: 'engraved-camp-mug', color: '#b0bec5', price: 2600, categoryEntityIds: [23], brandEntityId: 33,
    name: { en: 'Engraved Camp Mug', fr: 'Tasse de camp gravée', de: 'Gravierter Campingbecher' },
    description: { en: 'An enamel mug engraved with your words.', fr: 'Une tasse émaillée gravée de vos mots.', de: 'Ein Emaillebecher mit Ihrer Gravur.' },
    variants: [{ entityId: 15101, sku: 'KIT-ENGRAVED-MUG', optionValueIds: [], stock: 40 }],
    modifiers: [
      { entityId: 1510, kind: 'text', displayName: 'Engraving', isRequired: true, minLength: 1, maxLength: 20 },
      { entityId: 1511, kind: 'checkbox', displayName: 'Gift wrap', isRequired: false, label: 'Wrap it as a gift', checkedByDefault: false, checkedValueEntityId: 15111, uncheckedValueEntityId: 15112 },
      { entityId: 1512, kind: 'multiLineText', displayName: 'Gift message', isRequired: false, maxLength: 200, maxLines: 4 },
      { entityId: 1513, kind: 'number', displayName: 'Font size', isRequired: false, isIntegerOnly: true, lowest: 8, highest: 24, defaultValue: 12 },
      { entityId: 1514, kind: 'date', displayName: 'Deliver on', isRequired: false, earliest: '2026-01-01T00:00:00Z', latest: '2027-12-31T00:00:00Z' },
    ],
  },
  {
    entityId: 152, sku: 'OUT-TRAIL-POSTER', slug: 'custom-trail-poster', color: '#33691e', price: 3500, categoryEntityIds: [22], brandEntityId: 32,
    name: { en: 'Custom Trail Poster', fr: 'Affiche de sentier personnalisée', de: 'Individuelles Wanderposter' },
    description: { en: 'Your favourite trail, printed.', fr: 'Votre sentier préféré, imprimé.', de: 'Ihr Lieblingsweg, gedruckt.' },
    variants: [{ entityId: 15201, sku: 'OUT-TRAIL-POSTER', optionValueIds: [], stock: 25 }],
    modifiers: [
      { entityId: 1520, kind: 'text', displayName: 'Trail name', isRequired: true, maxLength: 40 },
      { entityId: 1521, kind: 'file', displayName: 'Your artwork', isRequired: false, maxFileSize: 5_000_000, fileTypes: ['image/png', 'image/jpeg'] },
    ],
  },
];
