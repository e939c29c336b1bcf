import { matchRoute, type DemoRoute } from '@bc-headless/demo-kit/browser';
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

const PAGES = {
  home: CatalogPage,
  category: CatalogPage,
  search: CatalogPage,
  product: ProductPage,
  cart: CartPage,
  checkout: CheckoutPage,
  login: LoginPage,
  order: OrderPage,
  'not-found': NotFoundPage,
} satisfies Record<DemoRoute['name'], Component>;

/** The page for a path and query: demo-kit's route table (the same routes in every demo), as Vue components. */
export function pageFor({ pathname, params }: { pathname: string; params: URLSearchParams }): PageMatch {
  const { name, key, ...props } = matchRoute(pathname, params);
  return { component: PAGES[name], props, key };
}
