import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Catalog from './fixtures/Catalog.svelte';
import MoreProducts from './fixtures/MoreProducts.svelte';
import ProductDetail from './fixtures/ProductDetail.svelte';
import ProductGrid from './fixtures/ProductGrid.svelte';
import { renderStorefront } from './support/renderStorefront.js';
import { startStorefront, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
beforeAll(async () => {
  storefront = await startStorefront();
});
afterAll(() => storefront.close());

const names = (list: HTMLElement) => within(list).getAllByRole('listitem').map((li) => li.textContent);

describe('catalog over the storefront handler and the sandbox', () => {
  it('renders a page of products with one request, and refetches when a $state input changes', async () => {
    const page = storefront.page();
    const catalog = storefront.sandbox.products;
    renderStorefront(page, ProductGrid, { pageSize: 4 });
    expect(screen.getByText('Loading…')).toBeTruthy();
    const first = names(await screen.findByRole('list', { name: 'Products' }));
    expect(first).toHaveLength(4);
    expect(first.every((name) => catalog.some((p) => p.name.en === name))).toBe(true);
    expect(page.sent).toEqual(['BcHeadlessProducts']);

    // Next page: a new cursor in $state re-keys the query.
    await fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(names(screen.getByRole('list', { name: 'Products' }))).not.toEqual(first));
    const second = names(screen.getByRole('list', { name: 'Products' }));
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    // A category: only its products.
    await fireEvent.click(screen.getByRole('button', { name: 'Coffee' }));
    const coffee = catalog.filter((p) => p.categoryEntityIds.includes(21)).map((p) => p.name.en);
    await waitFor(() => expect(names(screen.getByRole('list', { name: 'Products' })).every((name) => coffee.includes(name!))).toBe(true));
    expect(page.sent).toEqual(['BcHeadlessProducts', 'BcHeadlessProducts', 'BcHeadlessProducts']);
  });

  it('loads more products as an infinite query, one request per page, to the end of the catalog', async () => {
    const page = storefront.page();
    renderStorefront(page, MoreProducts, {});
    const list = () => names(screen.getByRole('list', { name: 'Products' }));
    await waitFor(() => expect(list()).toHaveLength(5));
    const total = storefront.sandbox.products.length;
    while (screen.queryByRole('button', { name: 'Load more' })) {
      const shown = list().length;
      await fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
      await waitFor(() => expect(list().length).toBeGreaterThan(shown));
    }
    expect(new Set(list()).size).toBe(total);
    expect(page.sent).toEqual(Array(Math.ceil(total / 5)).fill('BcHeadlessProducts'));
    // Hosted checkout goes through the handler, which answers with the session-sync redirect.
    const link = screen.getByRole('link', { name: 'Continue to hosted checkout' });
    expect(link.getAttribute('href')).toBe(`${storefront.api}/checkout`);
  });

  it('fetches the product a reactive id names', async () => {
    const page = storefront.page();
    const [a, b] = storefront.sandbox.products;
    renderStorefront(page, ProductDetail, { ids: [a!.entityId, b!.entityId] });
    expect(await screen.findByRole('heading', { name: a!.name.en })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Next product' }));
    expect(await screen.findByRole('heading', { name: b!.name.en })).toBeTruthy();
    expect(page.sent).toEqual(['BcHeadlessProduct', 'BcHeadlessProduct']);
  });

  it('re-renders the categories translated when the locale store changes', async () => {
    const page = storefront.page();
    renderStorefront(page, Catalog, {});
    const list = () => screen.getByRole('list', { name: 'Categories' });
    await waitFor(() => expect(names(list())).toEqual(['Coffee', 'Outdoor', 'Kitchen', 'Apparel']));
    expect(screen.getByText('Locale: default')).toBeTruthy();

    // The store's `set` writes into the session.
    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });
    expect(page.session.getSnapshot().locale).toBe('fr');
    await waitFor(() => expect(names(list())).toEqual(['Café', 'Plein air', 'Cuisine', 'Vêtements']));
    expect(screen.getByText('Locale: fr')).toBeTruthy();
    expect(page.sent).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessCategoryTree']);

    // A change from outside (another component, the core store) reaches the select and the list too.
    page.session.setLocale('de');
    await waitFor(() => expect(names(list())).toEqual(['Kaffee', 'Outdoor', 'Küche', 'Bekleidung']));
    expect((screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement).value).toBe('de');
  });
});
