import type { LocalizedText, SeedOption, SeedProduct, SeedVariant } from './SandboxSeed.js';

/**
 * The built-in shop's 24 products ("Trailhead Coffee & Goods": coffee, outdoor, kitchen,
 * apparel). Variant and option ids are derived from the product id so they stay stable.
 */

type Opt = { name: string; values: Array<string | [label: string, hex: string]> };
interface Row {
  id: number;
  sku: string;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  categories: number[];
  price: number;
  sale?: number;
  retail?: number;
  color: string;
  stock: number | ((index: number) => number);
  options?: Opt[];
  /** Extra price per value index of the first option (minor units). */
  surcharge?: number[];
  featured?: boolean;
  images?: number;
}

function build(row: Row): SeedProduct {
  const options: SeedOption[] = (row.options ?? []).map((opt, k) => ({
    entityId: row.id * 10 + k,
    displayName: opt.name,
    values: opt.values.map((v, j) => {
      const [label, hex] = typeof v === 'string' ? [v, undefined] : v;
      return { entityId: row.id * 100 + k * 20 + j, label, ...(hex ? { hex } : {}), isDefault: j === 0 };
    }),
  }));
  let combos: number[][] = [[]];
  for (const opt of options) combos = combos.flatMap((c) => opt.values.map((v) => [...c, v.entityId]));
  const variants: SeedVariant[] = combos.map((ids, i) => {
    const firstIndex = options[0] ? options[0].values.findIndex((v) => v.entityId === ids[0]) : 0;
    const extra = row.surcharge?.[firstIndex] ?? 0;
    return {
      entityId: row.id * 100 + 50 + i,
      sku: options.length === 0 ? row.sku : `${row.sku}-${ids.map((id) => id % 100).join('-')}`,
      optionValueIds: ids,
      stock: typeof row.stock === 'function' ? row.stock(i) : row.stock,
      ...(extra ? { price: row.price + extra } : {}),
    };
  });
  return {
    entityId: row.id,
    sku: row.sku,
    slug: row.slug,
    name: row.name,
    description: row.description,
    categoryEntityIds: row.categories,
    price: row.price,
    ...(row.sale !== undefined ? { salePrice: row.sale } : {}),
    ...(row.retail !== undefined ? { retailPrice: row.retail } : {}),
    color: row.color,
    imageCount: row.images ?? 2,
    options,
    variants,
    ...(row.featured ? { featured: true } : {}),
  };
}

const COFFEE = 21;
const OUTDOOR = 22;
const KITCHEN = 23;
const APPAREL = 24;
const BREWING = 25;
const SIZES = ['S', 'M', 'L', 'XL'];
const BAG = { name: 'Size', values: ['250 g', '1 kg'] };

const rows: Row[] = [
  { id: 111, sku: 'COF-HOUSE', slug: 'house-blend', color: '#6f4e37', price: 1400, stock: 120, options: [BAG], surcharge: [0, 3000], featured: true,
    name: { en: 'House Blend Coffee', fr: 'Café mélange maison', de: 'Hausmischung Kaffee' },
    description: { en: 'A balanced medium roast with notes of cocoa and hazelnut.', fr: 'Une torréfaction moyenne équilibrée aux notes de cacao et de noisette.', de: 'Eine ausgewogene mittlere Röstung mit Noten von Kakao und Haselnuss.' }, categories: [COFFEE] },
  { id: 112, sku: 'COF-ETH', slug: 'ethiopia-yirgacheffe', color: '#8b5a2b', price: 1800, sale: 1550, stock: 60, options: [BAG], surcharge: [0, 3600],
    name: { en: 'Ethiopia Yirgacheffe', fr: 'Éthiopie Yirgacheffe', de: 'Äthiopien Yirgacheffe' },
    description: { en: 'Light roast, floral and bright with a jasmine finish.', fr: 'Torréfaction claire, florale et vive, finale jasmin.', de: 'Helle Röstung, blumig und lebendig mit Jasmin-Abgang.' }, categories: [COFFEE] },
  { id: 113, sku: 'COF-COL', slug: 'colombia-huila', color: '#5c3a21', price: 1650, stock: 45, options: [BAG], surcharge: [0, 3200],
    name: { en: 'Colombia Huila', fr: 'Colombie Huila', de: 'Kolumbien Huila' },
    description: { en: 'Caramel sweetness and red apple acidity.', fr: 'Douceur caramel et acidité de pomme rouge.', de: 'Karamellsüße und die Säure roter Äpfel.' }, categories: [COFFEE] },
  { id: 114, sku: 'COF-DECAF', slug: 'decaf-espresso', color: '#3e2723', price: 1500, stock: 4, options: [BAG], surcharge: [0, 3000],
    name: { en: 'Decaf Espresso Roast', fr: 'Espresso décaféiné', de: 'Entkoffeinierte Espressoröstung' },
    description: { en: 'Swiss-water decaf with a syrupy body. Low stock.', fr: 'Décaféiné à l’eau suisse au corps sirupeux.', de: 'Mit dem Swiss-Water-Verfahren entkoffeiniert, sirupartiger Körper.' }, categories: [COFFEE] },
  { id: 115, sku: 'COF-COLDBREW', slug: 'cold-brew-kit', color: '#a1887f', price: 3200, stock: 25,
    name: { en: 'Cold Brew Kit', fr: 'Kit cold brew', de: 'Cold-Brew-Set' },
    description: { en: 'A one-litre jar, filter and a bag of coarse-ground beans.', fr: 'Un bocal d’un litre, un filtre et un sachet de café moulu gros.', de: 'Ein Ein-Liter-Glas, ein Filter und eine Tüte grob gemahlener Bohnen.' }, categories: [COFFEE, KITCHEN, BREWING] },
  { id: 116, sku: 'COF-GRINDER', slug: 'hand-grinder', color: '#455a64', price: 8900, sale: 7900, retail: 9900, stock: 12, featured: true,
    name: { en: 'Burr Hand Grinder', fr: 'Moulin manuel à meules', de: 'Handmühle mit Kegelmahlwerk' },
    description: { en: 'Stainless steel conical burrs with 40 grind settings.', fr: 'Meules coniques en acier inoxydable, 40 réglages.', de: 'Kegelmahlwerk aus Edelstahl mit 40 Mahlgraden.' }, categories: [COFFEE, KITCHEN, BREWING] },
  { id: 121, sku: 'OUT-MUG', slug: 'enamel-trail-mug', color: '#2e7d32', price: 1800, stock: (i) => [30, 3, 18][i] ?? 0, featured: true,
    options: [{ name: 'Colour', values: [['Forest', '#2e7d32'], ['Ember', '#d84315'], ['Slate', '#546e7a']] }],
    name: { en: 'Enamel Trail Mug', fr: 'Tasse émaillée de randonnée', de: 'Emaille-Wanderbecher' },
    description: { en: 'A 350 ml enamel mug for camp coffee.', fr: 'Une tasse émaillée de 350 ml pour le café au camp.', de: 'Ein 350-ml-Emaillebecher für Kaffee im Camp.' }, categories: [OUTDOOR, KITCHEN] },
  { id: 122, sku: 'OUT-STOVE', slug: 'compact-camp-stove', color: '#ff8f00', price: 6400, stock: 15,
    name: { en: 'Compact Camp Stove', fr: 'Réchaud de camping compact', de: 'Kompakter Campingkocher' },
    description: { en: 'Boils a litre of water in three minutes.', fr: 'Fait bouillir un litre d’eau en trois minutes.', de: 'Bringt einen Liter Wasser in drei Minuten zum Kochen.' }, categories: [OUTDOOR] },
  { id: 123, sku: 'OUT-BLANKET', slug: 'down-camp-blanket', color: '#1565c0', price: 14900, sale: 12900, stock: 7,
    name: { en: 'Down Camp Blanket', fr: 'Couverture de camping en duvet', de: 'Daunen-Campingdecke' },
    description: { en: 'Packable 650-fill down blanket with snap corners.', fr: 'Couverture en duvet 650 compressible avec pressions.', de: 'Packbare Daunendecke (650 cuin) mit Druckknöpfen.' }, categories: [OUTDOOR] },
  { id: 124, sku: 'OUT-POLES', slug: 'trekking-poles', color: '#37474f', price: 9900, stock: 20,
    name: { en: 'Carbon Trekking Poles', fr: 'Bâtons de randonnée en carbone', de: 'Carbon-Trekkingstöcke' },
    description: { en: 'A pair of folding carbon poles, 240 g each.', fr: 'Une paire de bâtons pliants en carbone, 240 g chacun.', de: 'Ein Paar faltbare Carbonstöcke, je 240 g.' }, categories: [OUTDOOR] },
  { id: 125, sku: 'OUT-LAMP', slug: 'rechargeable-headlamp', color: '#fdd835', price: 4500, stock: 0,
    name: { en: 'Rechargeable Headlamp', fr: 'Lampe frontale rechargeable', de: 'Wiederaufladbare Stirnlampe' },
    description: { en: '400 lumens, USB-C charging. Currently out of stock.', fr: '400 lumens, recharge USB-C. Actuellement en rupture de stock.', de: '400 Lumen, Laden über USB-C. Derzeit nicht vorrätig.' }, categories: [OUTDOOR] },
  { id: 126, sku: 'OUT-PACK', slug: 'daypack-22', color: '#6a1b9a', price: 11000, stock: (i) => [9, 14][i] ?? 0,
    options: [{ name: 'Colour', values: [['Plum', '#6a1b9a'], ['Moss', '#558b2f']] }],
    name: { en: 'Daypack 22 L', fr: 'Sac à dos 22 L', de: 'Tagesrucksack 22 L' },
    description: { en: 'Waxed canvas daypack with a padded laptop sleeve.', fr: 'Sac en toile cirée avec poche rembourrée pour ordinateur.', de: 'Tagesrucksack aus gewachstem Canvas mit gepolstertem Laptopfach.' }, categories: [OUTDOOR] },
  { id: 131, sku: 'KIT-DRIPPER', slug: 'pour-over-dripper', color: '#eceff1', price: 2800, stock: 40, featured: true,
    name: { en: 'Ceramic Pour-Over Dripper', fr: 'Dripper en céramique', de: 'Keramik-Handfilter' },
    description: { en: 'Hand-thrown dripper for one to two cups.', fr: 'Dripper tourné à la main pour une à deux tasses.', de: 'Handgedrehter Filter für ein bis zwei Tassen.' }, categories: [KITCHEN, COFFEE, BREWING] },
  { id: 132, sku: 'KIT-MUGSET', slug: 'stoneware-mug-set', color: '#8d6e63', price: 4200, stock: 16,
    name: { en: 'Stoneware Mug Set', fr: 'Set de tasses en grès', de: 'Steingut-Becherset' },
    description: { en: 'Four speckled stoneware mugs, 300 ml each.', fr: 'Quatre tasses en grès moucheté de 300 ml.', de: 'Vier gesprenkelte Steingutbecher zu je 300 ml.' }, categories: [KITCHEN, BREWING] },
  { id: 133, sku: 'KIT-SKILLET', slug: 'cast-iron-skillet', color: '#212121', price: 5500, stock: 22,
    name: { en: 'Cast Iron Skillet', fr: 'Poêle en fonte', de: 'Gusseisenpfanne' },
    description: { en: 'A pre-seasoned 26 cm skillet for stove and fire.', fr: 'Une poêle culottée de 26 cm pour feu et cuisinière.', de: 'Eine vorbehandelte 26-cm-Pfanne für Herd und Feuer.' }, categories: [KITCHEN, OUTDOOR] },
  { id: 134, sku: 'KIT-KETTLE', slug: 'gooseneck-kettle', color: '#b0bec5', price: 7900, sale: 6900, stock: 2,
    name: { en: 'Gooseneck Kettle', fr: 'Bouilloire col de cygne', de: 'Schwanenhalskessel' },
    description: { en: 'Precise pour for filter coffee; 0.9 litre. Only a few left.', fr: 'Versement précis pour le café filtre ; 0,9 litre.', de: 'Präzises Gießen für Filterkaffee; 0,9 Liter.' }, categories: [KITCHEN, COFFEE, BREWING] },
  { id: 135, sku: 'KIT-BOARD', slug: 'oak-serving-board', color: '#c8a165', price: 3600, stock: 30,
    name: { en: 'Oak Serving Board', fr: 'Planche de service en chêne', de: 'Servierbrett aus Eiche' },
    description: { en: 'Solid oak with a juice groove, oiled by hand.', fr: 'Chêne massif avec rigole, huilé à la main.', de: 'Massive Eiche mit Saftrille, von Hand geölt.' }, categories: [KITCHEN] },
  { id: 136, sku: 'KIT-TOWELS', slug: 'linen-tea-towels', color: '#a5d6a7', price: 2400, stock: 50,
    name: { en: 'Linen Tea Towels', fr: 'Torchons en lin', de: 'Leinen-Geschirrtücher' },
    description: { en: 'A set of three stonewashed linen towels.', fr: 'Un lot de trois torchons en lin lavé.', de: 'Ein Set aus drei stonewashed Leinentüchern.' }, categories: [KITCHEN] },
  { id: 141, sku: 'APP-BEANIE', slug: 'merino-beanie', color: '#c62828', price: 3200, stock: (i) => [25, 11, 6][i] ?? 0,
    options: [{ name: 'Colour', values: [['Cranberry', '#c62828'], ['Charcoal', '#424242'], ['Mustard', '#f9a825']] }],
    name: { en: 'Merino Beanie', fr: 'Bonnet en mérinos', de: 'Merino-Mütze' },
    description: { en: 'Ribbed merino wool beanie, one size.', fr: 'Bonnet côtelé en laine mérinos, taille unique.', de: 'Gerippte Mütze aus Merinowolle, Einheitsgröße.' }, categories: [APPAREL] },
  { id: 142, sku: 'APP-FLANNEL', slug: 'flannel-shirt', color: '#b71c1c', price: 6800, sale: 5400, stock: (i) => (i % 3 === 0 ? 2 : 8),
    options: [{ name: 'Size', values: SIZES }, { name: 'Colour', values: [['Red Check', '#b71c1c'], ['Blue Check', '#0d47a1']] }],
    name: { en: 'Flannel Shirt', fr: 'Chemise en flanelle', de: 'Flanellhemd' },
    description: { en: 'Brushed cotton flannel, cut for layering.', fr: 'Flanelle de coton brossé, coupe pour superposer.', de: 'Gebürsteter Baumwollflanell, geschnitten zum Schichten.' }, categories: [APPAREL] },
  { id: 143, sku: 'APP-RAIN', slug: 'packable-rain-jacket', color: '#00838f', price: 12900, stock: (i) => (i === 0 ? 0 : 5),
    options: [{ name: 'Size', values: SIZES }, { name: 'Colour', values: [['Teal', '#00838f'], ['Black', '#212121']] }],
    name: { en: 'Packable Rain Jacket', fr: 'Veste de pluie compressible', de: 'Packbare Regenjacke' },
    description: { en: 'Three-layer waterproof shell that packs into its pocket.', fr: 'Veste imperméable trois couches qui se range dans sa poche.', de: 'Dreilagige wasserdichte Jacke, die in die eigene Tasche passt.' }, categories: [APPAREL, OUTDOOR] },
  { id: 144, sku: 'APP-SOCKS', slug: 'wool-hiking-socks', color: '#795548', price: 1900, stock: 60,
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    name: { en: 'Wool Hiking Socks', fr: 'Chaussettes de randonnée en laine', de: 'Wanderstrümpfe aus Wolle' },
    description: { en: 'Cushioned merino blend socks.', fr: 'Chaussettes rembourrées en mélange mérinos.', de: 'Gepolsterte Socken aus Merinomischung.' }, categories: [APPAREL, OUTDOOR] },
  // Deliberately untranslated description (de/fr): shows the fallback to the default locale.
  { id: 145, sku: 'APP-APRON', slug: 'canvas-barista-apron', color: '#5d4037', price: 4800, stock: 14,
    name: { en: 'Canvas Barista Apron', fr: 'Tablier de barista en toile', de: 'Barista-Schürze aus Canvas' },
    description: { en: 'Heavy canvas apron with leather straps.' }, categories: [APPAREL, KITCHEN] },
  { id: 146, sku: 'APP-TEE', slug: 'trailhead-logo-tee', color: '#283593', price: 2800, stock: (i) => 10 + i,
    options: [{ name: 'Size', values: SIZES }, { name: 'Colour', values: [['Navy', '#283593'], ['Oat', '#d7ccc8']] }],
    name: { en: 'Trailhead Logo Tee', fr: 'T-shirt logo Trailhead', de: 'Trailhead-Logo-T-Shirt' },
    description: { en: 'Organic cotton tee with our mountain-and-mug logo.', fr: 'T-shirt en coton bio avec notre logo montagne et tasse.', de: 'T-Shirt aus Bio-Baumwolle mit unserem Berg-und-Becher-Logo.' }, categories: [APPAREL] },
];

/** The built-in products. */
export const seedProducts: SeedProduct[] = rows.map(build);
