import type { SeedBrand } from './SeedStorefrontContent.js';

/** The built-in shop's brands; each has its page at `/brands/{slug}/`. */
export const seedBrands: SeedBrand[] = [
  { entityId: 31, slug: 'ridgeline-roasters', name: 'Ridgeline Roasters', searchKeywords: ['coffee', 'roaster'],
    seo: { pageTitle: { en: 'Ridgeline Roasters coffee', fr: 'Cafés Ridgeline Roasters', de: 'Ridgeline Roasters Kaffee' },
      metaDescription: { en: 'Small-batch coffee from Ridgeline Roasters.', fr: 'Café en petits lots de Ridgeline Roasters.', de: 'Kaffee in kleinen Chargen von Ridgeline Roasters.' },
      metaKeywords: 'coffee,roaster,beans' } },
  { entityId: 32, slug: 'northfold', name: 'Northfold Outfitters', searchKeywords: ['outdoor', 'camping'],
    seo: { pageTitle: { en: 'Northfold Outfitters gear', fr: 'Équipement Northfold Outfitters', de: 'Northfold Outfitters Ausrüstung' },
      metaDescription: { en: 'Camp and trail gear by Northfold Outfitters.', fr: 'Équipement de camp et de sentier par Northfold Outfitters.', de: 'Camping- und Wanderausrüstung von Northfold Outfitters.' },
      metaKeywords: 'outdoor,camping,hiking' } },
  { entityId: 33, slug: 'hearth-and-kiln', name: 'Hearth & Kiln', searchKeywords: ['kitchen', 'ceramics'],
    seo: { pageTitle: { en: 'Hearth & Kiln kitchenware', fr: 'Ustensiles Hearth & Kiln', de: 'Hearth & Kiln Küchenwaren' },
      metaDescription: { en: 'Stoneware, cast iron and wood for the kitchen.', fr: 'Grès, fonte et bois pour la cuisine.', de: 'Steingut, Gusseisen und Holz für die Küche.' },
      metaKeywords: 'kitchen,stoneware,cast iron' } },
  { entityId: 34, slug: 'trailhead', name: 'Trailhead', searchKeywords: ['apparel', 'trailhead'],
    seo: { pageTitle: { en: 'Trailhead apparel', fr: 'Vêtements Trailhead', de: 'Trailhead Bekleidung' },
      metaDescription: { en: 'Our own layers for cold mornings.', fr: 'Nos propres vêtements pour les matins froids.', de: 'Unsere eigenen Schichten für kalte Morgen.' },
      metaKeywords: 'apparel,clothing' } },
];
