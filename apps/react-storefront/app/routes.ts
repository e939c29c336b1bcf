import { index, route, type RouteConfig } from '@react-router/dev/routes';

// The demos' URL table (the same paths as demo-kit's matchRoute, which the pages still read their
// parameters from), plus the server's own resource routes.
export default [
  route('api/storefront/*', 'routes/api.storefront.ts'),
  route('api/demo/info', 'routes/api.demo.info.ts'),
  route('sitemap.xml', 'routes/crawlerFiles.ts', { id: 'sitemap' }),
  route('sitemaps/*', 'routes/crawlerFiles.ts', { id: 'sitemaps' }),
  route('robots.txt', 'routes/crawlerFiles.ts', { id: 'robots' }),
  route('llms.txt', 'routes/crawlerFiles.ts', { id: 'llms' }),
  route('.well-known/ai-catalog.json', 'routes/crawlerFiles.ts', { id: 'ai-catalog' }),
  index('routes/catalog.tsx', { id: 'home' }),
  route('category/:id/:slug?', 'routes/catalog.tsx', { id: 'category' }),
  route('search', 'routes/catalog.tsx', { id: 'search' }),
  route('product/:id/:slug?', 'routes/product.tsx'),
  route('cart', 'routes/cart.tsx'),
  route('checkout', 'routes/checkout.tsx'),
  route('login', 'routes/login.tsx'),
  route('order/:id', 'routes/order.tsx'),
  route('*', 'routes/notFound.tsx'),
] satisfies RouteConfig;
