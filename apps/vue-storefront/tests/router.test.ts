import { describe, expect, it } from 'vitest';
import CatalogPage from '../src/pages/CatalogPage.vue';
import CheckoutPage from '../src/pages/CheckoutPage.vue';
import LoginPage from '../src/pages/LoginPage.vue';
import NotFoundPage from '../src/pages/NotFoundPage.vue';
import OrderPage from '../src/pages/OrderPage.vue';
import ProductPage from '../src/pages/ProductPage.vue';
import { pageFor } from '../src/pageFor.js';
import { navigate, route, startRouter } from '../src/router.js';

const at = (href: string) => {
  const url = new URL(href, 'http://local');
  return pageFor({ pathname: url.pathname, params: url.searchParams });
};

describe('the router', () => {
  it('follows navigate() and the back button', () => {
    window.history.replaceState(null, '', '/category/21/coffee?page=2');
    startRouter();
    expect(route.value.pathname).toBe('/category/21/coffee');
    expect(route.value.params.get('page')).toBe('2');

    navigate('/cart');
    expect(window.location.pathname).toBe('/cart');
    expect(route.value.href).toBe('/cart');

    // What the browser does on Back: the address changes, then popstate.
    window.history.replaceState(null, '', '/product/121/enamel-trail-mug');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(route.value.pathname).toBe('/product/121/enamel-trail-mug');
  });

  it('maps every route to its page and props', () => {
    expect(at('/')).toMatchObject({ component: CatalogPage, props: { after: null, before: null, page: 1 }, key: 'home' });
    expect(at('/?after=abc&page=2')).toMatchObject({ component: CatalogPage, props: { after: 'abc', page: 2 }, key: 'home' });
    expect(at('/category/21/coffee')).toMatchObject({ component: CatalogPage, props: { categoryEntityId: 21 }, key: 'category/21' });
    expect(at('/search?q=grinder')).toMatchObject({ component: CatalogPage, props: { searchTerm: 'grinder' } });
    expect(at('/product/121/enamel-trail-mug')).toMatchObject({ component: ProductPage, props: { entityId: 121 } });
    expect(at('/checkout').component).toBe(CheckoutPage);
    expect(at('/login?redirectTo=%2Fcheckout')).toMatchObject({ component: LoginPage, props: { redirectTo: '/checkout' } });
    expect(at('/order/7?correlationId=abc')).toMatchObject({ component: OrderPage, props: { orderId: 7, correlationId: 'abc' } });
    for (const unknown of ['/product/abc', '/category/', '/order/7/x', '/nope']) expect(at(unknown).component, unknown).toBe(NotFoundPage);
  });

  it('keeps the page for Next / Previous but starts over for another category', () => {
    expect(at('/category/21/coffee?after=x&page=2').key).toBe(at('/category/21/coffee').key);
    expect(at('/category/22/outdoor').key).not.toBe(at('/category/21/coffee').key);
  });
});
