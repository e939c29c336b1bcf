import type { SeedProduct } from './SandboxSeed.js';
import type { SeedProductDetails } from './SeedStorefrontContent.js';

const RIDGELINE = 31;
const NORTHFOLD = 32;
const HEARTH = 33;
const TRAILHEAD = 34;

/** Brand and shipping weight (grams) of each built-in product, by entity id. */
const brandAndWeight: Record<number, [brand: number, grams: number]> = {
  111: [RIDGELINE, 250], 112: [RIDGELINE, 250], 113: [RIDGELINE, 250], 114: [RIDGELINE, 250], 115: [RIDGELINE, 900], 116: [HEARTH, 600],
  121: [NORTHFOLD, 220], 122: [NORTHFOLD, 480], 123: [NORTHFOLD, 1100], 124: [NORTHFOLD, 520], 125: [NORTHFOLD, 90], 126: [NORTHFOLD, 800],
  131: [HEARTH, 450], 132: [HEARTH, 1600], 133: [HEARTH, 2700], 134: [HEARTH, 700], 135: [HEARTH, 1200], 136: [HEARTH, 300],
  141: [TRAILHEAD, 90], 142: [TRAILHEAD, 350], 143: [NORTHFOLD, 310], 144: [NORTHFOLD, 120], 145: [TRAILHEAD, 650], 146: [TRAILHEAD, 180],
};

/** Custom fields (BigCommerce's "custom fields": free name/value pairs shown on the product page). */
const customFields: Record<number, Array<[name: string, value: string]>> = {
  111: [['Roast', 'Medium'], ['Origin', 'Brazil, Ethiopia']],
  112: [['Roast', 'Light'], ['Origin', 'Ethiopia']],
  113: [['Roast', 'Medium'], ['Origin', 'Colombia']],
  114: [['Roast', 'Dark'], ['Process', 'Swiss Water']],
  142: [['Material', '100% cotton']],
  143: [['Material', 'Recycled nylon'], ['Waterproof rating', '20,000 mm']],
  146: [['Material', 'Organic cotton']],
};

/** Backorder terms: the kettle (2 on hand) takes 20 more on backorder; the blanket takes any number. */
const backorders: Record<number, SeedProductDetails['backorder']> = {
  134: { limit: 20, message: { en: 'Ships in 2–3 weeks', fr: 'Expédié sous 2 à 3 semaines', de: 'Versand in 2–3 Wochen' } },
  123: { unlimited: true, message: { en: 'Made to order: ships in 4 weeks', fr: 'Fabriqué sur commande : expédié sous 4 semaines', de: 'Auf Bestellung gefertigt: Versand in 4 Wochen' } },
};

/** A 13-digit GTIN (EAN-13) with a valid check digit, derived from the product id. */
function gtinOf(entityId: number): string {
  const body = `400638${String(entityId).padStart(6, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/**
 * Adds brand, GTIN, MPN, UPC, condition, weight, custom fields and localized SEO to a built-in
 * product. The SEO title and description follow the product's name and description in each locale.
 */
export function withProductDetails(product: SeedProduct): SeedProduct {
  const [brandEntityId, grams] = brandAndWeight[product.entityId] ?? [undefined, 500];
  const title = Object.fromEntries(Object.entries(product.name).map(([locale, name]) => [locale, `${name} | Trailhead Coffee & Goods`]));
  const details: SeedProductDetails = {
    ...(brandEntityId !== undefined ? { brandEntityId } : {}),
    gtin: gtinOf(product.entityId),
    mpn: `MPN-${product.sku}`,
    // Only the kitchen range carries UPCs (imported from the US): the others answer null, as BigCommerce does for an empty UPC.
    ...(product.sku.startsWith('KIT-') ? { upc: `0${gtinOf(product.entityId).slice(2)}` } : {}),
    // The hand grinder is a refurbished return: shows `condition: REFURBISHED`.
    condition: product.sku === 'COF-GRINDER' ? 'REFURBISHED' : 'NEW',
    weight: { value: grams, unit: 'g' },
    customFields: (customFields[product.entityId] ?? []).map(([name, value], i) => ({ entityId: product.entityId * 10 + i, name, value })),
    seo: { pageTitle: { en: title.en!, ...title }, metaDescription: product.description, metaKeywords: product.slug.split('-').join(',') },
    // The headlamp is not sold online any more: no cart action.
    showCartAction: product.sku !== 'OUT-LAMP',
    ...(backorders[product.entityId] ? { backorder: backorders[product.entityId] } : {}),
    // Gear carries a warranty; consumables (coffee) do not, and answer "".
    ...(product.sku.startsWith('COF-') && product.sku !== 'COF-GRINDER' ? {} : { warranty: { en: '<p>Two-year warranty against defects.</p>', fr: '<p>Garantie de deux ans contre les défauts.</p>', de: '<p>Zwei Jahre Garantie auf Mängel.</p>' } }),
    // The showroom keeps two of every kitchen and apparel variant.
    ...(product.sku.startsWith('KIT-') || product.sku.startsWith('APP-') ? { locationStock: [{ locationEntityId: 2, quantity: 2 }] } : {}),
  };
  return { ...product, ...details };
}
