import type { Component } from 'vue';
import CartPage from './pages/CartPage.vue';
import CatalogPage from './pages/CatalogPage.vue';
import CheckoutPage from './pages/CheckoutPage.vue';
import LoginPage from './pages/LoginPage.vue';
import NotFoundPage from './pages/NotFoundPage.vue';
import OrderPage from './pages/OrderPage.vue';
import ProductPage from './pages/ProductPage.vue';

/** A page to show: its component, its props, and the key that says when it starts over. */
export interface PageMatch {
  component: Component;
  props: Record<string, unknown>;
  /** Another key remounts the page (another category or product); the same key updates it in place (Next / Previous). */
  key: string;
}

/** The page for a path and query: the app's whole route table (the same routes as the React shop). */
export function pageFor({ pathname, params }: { pathname: string; params: URLSearchParams }): PageMatch {
  const paging = { after: params.get('after'), before: params.get('before'), page: Number(params.get('page') ?? 1) };
  let match: RegExpExecArray | null;
  if (pathname === '/') return { component: CatalogPage, props: paging, key: 'home' };
  if ((match = /^\/category\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname))) return { component: CatalogPage, props: { ...paging, categoryEntityId: Number(match[1]) }, key: `category/${match[1]}` };
  if (pathname === '/search') return { component: CatalogPage, props: { ...paging, searchTerm: params.get('q') ?? '' }, key: `search/${params.get('q')}` };
  if ((match = /^\/product\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname))) return { component: ProductPage, props: { entityId: Number(match[1]) }, key: `product/${match[1]}` };
  if (pathname === '/cart') return { component: CartPage, props: {}, key: 'cart' };
  if (pathname === '/checkout') return { component: CheckoutPage, props: {}, key: 'checkout' };
  if (pathname === '/login') return { component: LoginPage, props: { redirectTo: params.get('redirectTo') }, key: 'login' };
  if ((match = /^\/order\/(\d+)$/.exec(pathname))) return { component: OrderPage, props: { orderId: Number(match[1]), correlationId: params.get('correlationId') }, key: `order/${match[1]}` };
  return { component: NotFoundPage, props: {}, key: 'not-found' };
}
