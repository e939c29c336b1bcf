import type { SeedBlog, SeedRedirect, SeedWebPage } from './SeedStorefrontContent.js';

/** The built-in shop's web pages: About (with a child page), Shipping & Returns, Contact, a raw HTML size guide, a link and the blog's page. */
export const seedWebPages: SeedWebPage[] = [
  { entityId: 1, type: 'NORMAL', slug: 'about-us', name: { en: 'About Us', fr: 'À propos', de: 'Über uns' },
    htmlBody: { en: '<p>We roast coffee and pick gear for early starts.</p>', fr: '<p>Nous torréfions du café et choisissons l’équipement des départs matinaux.</p>', de: '<p>Wir rösten Kaffee und wählen Ausrüstung für frühe Aufbrüche.</p>' },
    seo: { pageTitle: { en: 'About Trailhead Coffee & Goods', fr: 'À propos de Trailhead Coffee & Goods', de: 'Über Trailhead Coffee & Goods' },
      metaDescription: { en: 'Who we are and how we roast.', fr: 'Qui nous sommes et comment nous torréfions.', de: 'Wer wir sind und wie wir rösten.' }, metaKeywords: 'about,roastery' } },
  { entityId: 2, type: 'NORMAL', slug: 'shipping-returns', name: { en: 'Shipping & Returns', fr: 'Livraison et retours', de: 'Versand & Rückgabe' },
    htmlBody: { en: '<p>Orders ship within two business days. Returns are free for 30 days.</p>', fr: '<p>Les commandes partent sous deux jours ouvrés. Retours gratuits pendant 30 jours.</p>', de: '<p>Bestellungen werden innerhalb von zwei Werktagen versandt. Rücksendungen sind 30 Tage kostenlos.</p>' },
    seo: { pageTitle: { en: 'Shipping & Returns', fr: 'Livraison et retours', de: 'Versand & Rückgabe' } } },
  { entityId: 3, type: 'CONTACT', slug: 'contact-us', name: { en: 'Contact Us', fr: 'Contact', de: 'Kontakt' },
    htmlBody: { en: '<p>Questions about an order? Write to us.</p>', fr: '<p>Une question sur une commande ? Écrivez-nous.</p>', de: '<p>Fragen zu einer Bestellung? Schreiben Sie uns.</p>' },
    contactFields: ['fullname', 'phone', 'orderno', 'companyname', 'rma'] },
  { entityId: 4, type: 'NORMAL', slug: 'our-roastery', parentEntityId: 1, name: { en: 'Our Roastery', fr: 'Notre torréfaction', de: 'Unsere Rösterei' },
    htmlBody: { en: '<p>A 15 kg drum roaster in an old mill.</p>', fr: '<p>Un torréfacteur de 15 kg dans un ancien moulin.</p>', de: '<p>Ein 15-kg-Trommelröster in einer alten Mühle.</p>' } },
  { entityId: 5, type: 'RAW', slug: 'size-guide', isVisibleInNavigation: false, name: { en: 'Size Guide', fr: 'Guide des tailles', de: 'Größentabelle' },
    htmlBody: { en: '<!doctype html><html><body><table><tr><th>Size</th><th>Chest (cm)</th></tr><tr><td>M</td><td>96-101</td></tr></table></body></html>' } },
  { entityId: 6, type: 'LINK', slug: 'roasting-school', link: 'https://example.com/roasting-school', name: { en: 'Roasting School', fr: 'École de torréfaction', de: 'Röstschule' } },
  { entityId: 7, type: 'BLOG', slug: 'blog', name: { en: 'Journal', fr: 'Journal', de: 'Journal' } },
];

/** The built-in shop's blog (its index is web page 7, path `/blog/`). */
export const seedBlog: SeedBlog = {
  slug: 'blog',
  name: { en: 'Journal', fr: 'Journal', de: 'Journal' },
  description: { en: 'Brewing notes and trail stories.', fr: 'Notes d’infusion et récits de sentier.', de: 'Brühnotizen und Wandergeschichten.' },
  posts: [
    { entityId: 1, slug: 'brewing-on-the-trail', author: 'Jane Doe', publishedDate: '2026-03-02T08:00:00.000Z', tags: ['brewing', 'outdoor'],
      name: { en: 'Brewing on the Trail', fr: 'Infuser sur le sentier', de: 'Brühen unterwegs' },
      htmlBody: { en: '<p>A dripper, a kettle and a stove are all you need at camp.</p>', fr: '<p>Un dripper, une bouilloire et un réchaud suffisent au camp.</p>', de: '<p>Ein Filter, ein Kessel und ein Kocher genügen im Camp.</p>' },
      seo: { pageTitle: { en: 'Brewing on the Trail', fr: 'Infuser sur le sentier', de: 'Brühen unterwegs' }, metaDescription: { en: 'Coffee at camp.' }, metaKeywords: 'brewing,camp' } },
    { entityId: 2, slug: 'meet-our-ethiopian-growers', author: 'Max Mustermann', publishedDate: '2026-05-18T08:00:00.000Z', tags: ['origin', 'coffee'],
      name: { en: 'Meet Our Ethiopian Growers', fr: 'Rencontre avec nos producteurs éthiopiens', de: 'Unsere Bauern in Äthiopien' },
      htmlBody: { en: '<p>The Yirgacheffe cooperative we buy from.</p>', fr: '<p>La coopérative de Yirgacheffe chez qui nous achetons.</p>', de: '<p>Die Kooperative in Yirgacheffe, bei der wir kaufen.</p>' } },
    { entityId: 3, slug: 'caring-for-cast-iron', publishedDate: '2026-08-09T08:00:00.000Z', tags: ['kitchen'],
      name: { en: 'Caring for Cast Iron', fr: 'Entretenir la fonte', de: 'Gusseisen pflegen' },
      htmlBody: { en: '<p>Dry it hot, oil it thin.</p>', fr: '<p>Séchez-la chaude, huilez-la finement.</p>', de: '<p>Heiß trocknen, dünn ölen.</p>' } },
    { entityId: 4, slug: 'cold-brew-at-home', author: 'Jane Doe', publishedDate: '2026-10-21T08:00:00.000Z', tags: ['brewing', 'coffee'],
      name: { en: 'Cold Brew at Home', fr: 'Cold brew à la maison', de: 'Cold Brew zu Hause' },
      htmlBody: { en: '<p>Twelve hours, coarse grind, one to eight.</p>', fr: '<p>Douze heures, mouture grossière, un pour huit.</p>', de: '<p>Zwölf Stunden, grobe Mahlung, eins zu acht.</p>' } },
  ],
};

/** The built-in shop's 301 redirects: dynamic ones to a product, category, brand, page and post, and a manual one. */
export const seedRedirects: SeedRedirect[] = [
  { entityId: 1, fromPath: '/old-house-blend/', to: { type: 'product', entityId: 111 } },
  { entityId: 2, fromPath: '/shop/coffee-beans/', to: { type: 'category', entityId: 21 } },
  { entityId: 3, fromPath: '/ridgeline/', to: { type: 'brand', entityId: 31 } },
  { entityId: 4, fromPath: '/about/', to: { type: 'page', entityId: 1 } },
  { entityId: 5, fromPath: '/news/trail-brewing/', to: { type: 'post', entityId: 1 } },
  { entityId: 6, fromPath: '/old-catalogue.pdf', to: { type: 'url', url: '/shipping-returns/' } },
  { entityId: 7, fromPath: '/partners/', to: { type: 'url', url: 'https://example.com/partners' } },
  // Same path as a live product: IGNORE answers both the product and this redirect, FOLLOW the target.
  { entityId: 8, fromPath: '/enamel-trail-mug/', to: { type: 'product', entityId: 132 } },
  // Matches only with this query string (BigCommerce redirects may name one).
  { entityId: 9, fromPath: '/search.php?q=mug', to: { type: 'category', entityId: 22 } },
];
