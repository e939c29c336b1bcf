import type { SeedReview } from './SeedStorefrontContent.js';

type Row = [productEntityId: number, rating: number, title: string, text: string, author: string, createdAt: string];

// Shoppers' own words: reviews are not translated (BigCommerce stores them as written).
const rows: Row[] = [
  [111, 5, 'Our daily pot', 'Smooth and chocolatey, never bitter.', 'Alex P.', '2026-01-12'],
  [111, 4, 'Good value', 'Nice everyday coffee; the 1 kg bag lasts.', 'Sam R.', '2026-02-03'],
  [111, 5, 'Hazelnut for real', 'I taste hazelnut in every cup.', 'Ines M.', '2026-04-21'],
  [112, 5, 'Bright and floral', 'Jasmine and lemon as promised. Best as pour-over.', 'Kenji T.', '2026-02-14'],
  [112, 5, 'Outstanding', 'The best light roast I have had this year.', 'Léa D.', '2026-05-30'],
  [113, 3, 'Fine', 'A bit flat in my espresso machine.', 'Tom W.', '2026-03-08'],
  [114, 2, 'Not for me', 'Too roasty; I prefer lighter decaf.', 'Priya K.', '2026-03-19'],
  [114, 4, 'Great evening coffee', 'Full body without the caffeine.', 'Jonas B.', '2026-06-02'],
  [116, 4, 'Consistent grind', 'Takes a minute per cup, but very even.', 'Maria S.', '2026-01-28'],
  [121, 5, 'Tough mug', 'Survived two summers of camping.', 'Chris L.', '2026-07-04'],
  [122, 4, 'Boils fast', 'Half a litre in three minutes.', 'Dana F.', '2026-06-15'],
  [123, 5, 'Warm and light', 'Packs small, keeps me warm at 5 °C.', 'Eli N.', '2026-09-10'],
  [131, 5, 'Beautiful dripper', 'Even extraction and it looks lovely.', 'Nora H.', '2026-02-22'],
  [131, 4, 'Works well', 'Use the right filters and it is great.', 'Omar Z.', '2026-08-01'],
  [133, 5, 'Heirloom quality', 'Heavy, even heat, came well seasoned.', 'Bea C.', '2026-03-03'],
  [134, 3, 'Slow to boil', 'Pours precisely but takes a while.', 'Gus V.', '2026-04-11'],
  [141, 4, 'Cosy', 'Warm and not itchy.', 'Ivy Q.', '2026-11-05'],
  [142, 5, 'Soft flannel', 'Got softer after each wash.', 'Rory E.', '2026-10-18'],
  [142, 4, 'Runs large', 'Size down if between sizes.', 'Sia J.', '2026-11-20'],
  [143, 1, 'Leaked', 'Seams let water in during heavy rain.', 'Finn A.', '2026-09-27'],
];

/** The built-in shop's approved reviews (ids 1–20); products 115, 124–126, 132, 135, 136 and 144–146 have none. */
export const seedReviews: SeedReview[] = rows.map(([productEntityId, rating, title, text, author, date], i) => ({
  entityId: i + 1,
  productEntityId,
  rating,
  title,
  text,
  author,
  email: `reviewer${i + 1}@example.com`,
  createdAt: `${date}T10:00:00.000Z`,
}));
