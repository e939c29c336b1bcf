import { index, prefix, route, type RouteConfig } from '@react-router/dev/routes';
import { DEFAULT_LOCALE, LOCALES } from './localeRouting.js';

// The pages of one locale. The pages read their parameters from demo-kit's route table
// (matchRoute) over the path without its locale prefix (router.tsx).
const pages = (id: string) => [
  index('routes/catalog.tsx', { id: `${id}home` }),
  route('category/:id/:slug?', 'routes/catalog.tsx', { id: `${id}category` }),
  route('search', 'routes/catalog.tsx', { id: `${id}search` }),
  route('product/:id/:slug?', 'routes/product.tsx', { id: `${id}product` }),
  route('cart', 'routes/cart.tsx', { id: `${id}cart` }),
  route('checkout', 'routes/checkout.tsx', { id: `${id}checkout` }),
  route('login', 'routes/login.tsx', { id: `${id}login` }),
  route('account', 'routes/account.tsx', { id: `${id}account` }),
  route('order/:id', 'routes/order.tsx', { id: `${id}order` }),
];

export default [
  route('api/storefront/*', 'routes/api.storefront.ts'),
  route('api/demo/info', 'routes/api.demo.info.ts'),
  route('sitemap.xml', 'routes/crawlerFiles.ts', { id: 'sitemap' }),
  route('sitemaps/*', 'routes/crawlerFiles.ts', { id: 'sitemaps' }),
  route('robots.txt', 'routes/crawlerFiles.ts', { id: 'robots' }),
  route('llms.txt', 'routes/crawlerFiles.ts', { id: 'llms' }),
  route('.well-known/ai-catalog.json', 'routes/crawlerFiles.ts', { id: 'ai-catalog' }),
  // English without a prefix, every other locale under its own (`/fr/cart`): createLocaleRouting's scheme.
  ...pages(''),
  ...LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) => prefix(locale, pages(`${locale}/`))),
  route('*', 'routes/notFound.tsx'),
] satisfies RouteConfig;
