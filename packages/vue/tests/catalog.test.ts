import type { ProductPageParams } from '@bc-headless/core/queries';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/vue';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { defineComponent, h, ref, type MaybeRefOrGetter } from 'vue';
import { useCategories } from '../src/useCategories.js';
import { useLocale } from '../src/useLocale.js';
import { useProduct } from '../src/useProduct.js';
import { useProductPages } from '../src/useProductPages.js';
import { useProducts } from '../src/useProducts.js';
import { openTab } from './support/openTab.js';
import { renderStorefront } from './support/renderStorefront.js';

const stack = inject('vueStack');
afterEach(() => cleanup());

const COFFEE = 21;
const APPAREL = 24;
const namesIn = (category: number, locale = 'en') =>
  stack.products.filter((p) => p.categoryEntityIds.includes(category)).map((p) => p.name[locale] ?? p.name.en!).sort();
const shown = () => screen.queryAllByRole('listitem').map((li) => li.textContent!).sort();

/** A product grid over `useProducts(params)`, with a "Next page" button that moves `after`. */
const Grid = (params?: MaybeRefOrGetter<ProductPageParams | undefined>, next?: (cursor: string) => void) =>
  defineComponent({
    setup() {
      const { data } = useProducts(params);
      return () =>
        h('section', [
          h('ul', { 'aria-label': 'Products' }, data.value?.products.map((p) => h('li', { key: p.entityId }, p.name))),
          next && h('button', { onClick: () => next(data.value!.pageInfo.endCursor!) }, 'Next page'),
        ]);
    },
  });

describe('useProducts', () => {
  it('renders the catalog in one request', async () => {
    const { tab } = renderStorefront(Grid({ pageSize: 50 }));
    await waitFor(() => expect(shown()).toHaveLength(stack.products.length));
    expect(shown()).toEqual(stack.products.map((p) => p.name.en).sort());
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts']);
  });

  it('refetches when a ref argument changes (category)', async () => {
    const params = ref<ProductPageParams>({ categoryEntityId: COFFEE, pageSize: 50 });
    const { tab } = renderStorefront(Grid(params));
    await waitFor(() => expect(shown()).toEqual(namesIn(COFFEE)));
    params.value = { categoryEntityId: APPAREL, pageSize: 50 };
    await waitFor(() => expect(shown()).toEqual(namesIn(APPAREL)));
    expect(namesIn(APPAREL)).not.toEqual(namesIn(COFFEE));
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts', 'BcHeadlessProducts']);
    // A change inside a reactive object refetches too: the getter reads it while building the key.
    params.value.categoryEntityId = COFFEE;
    await waitFor(() => expect(shown()).toEqual(namesIn(COFFEE)));
    // …from the cache: that key was answered a moment ago.
    expect(tab.sent).toHaveLength(2);
  });

  it('refetches when a getter argument changes (next page by cursor)', async () => {
    const after = ref<string>();
    const { tab } = renderStorefront(Grid(() => ({ pageSize: 5, after: after.value }), (cursor) => (after.value = cursor)));
    await waitFor(() => expect(shown()).toHaveLength(5));
    const first = shown();
    await fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(shown()).not.toEqual(first));
    expect(shown()).toHaveLength(5);
    expect(shown().filter((name) => first.includes(name))).toEqual([]);
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts', 'BcHeadlessProducts']);
  });
});

describe('useProduct', () => {
  const [a, b] = stack.products;
  const Product = defineComponent({
    props: { entityId: { type: Number, required: true } },
    setup(props) {
      // A getter over props: destructuring `props.entityId` here would freeze the first id.
      const { data } = useProduct(() => props.entityId);
      return () => h('h1', data.value?.name ?? 'Loading');
    },
  });

  it('follows a prop through a getter', async () => {
    const { rerender, tab } = renderStorefront(Product, { props: { entityId: a!.entityId } });
    expect(await screen.findByRole('heading', { name: a!.name.en })).toBeTruthy();
    await rerender({ entityId: b!.entityId });
    expect(await screen.findByRole('heading', { name: b!.name.en })).toBeTruthy();
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProduct', 'BcHeadlessProduct']);
  });

  it('follows a ref', async () => {
    const id = ref(a!.entityId);
    const { tab } = renderStorefront(
      defineComponent({
        setup() {
          const { data } = useProduct(id);
          return () => h('h1', data.value?.name ?? 'Loading');
        },
      }),
    );
    expect(await screen.findByRole('heading', { name: a!.name.en })).toBeTruthy();
    id.value = b!.entityId;
    expect(await screen.findByRole('heading', { name: b!.name.en })).toBeTruthy();
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProduct', 'BcHeadlessProduct']);
  });
});

describe('useProductPages', () => {
  it('loads more by cursor, one request per page, and starts over when its getter changes', async () => {
    const category = ref(COFFEE);
    const { tab } = renderStorefront(
      defineComponent({
        setup() {
          const { data, fetchNextPage, hasNextPage } = useProductPages(() => ({ categoryEntityId: category.value, pageSize: 2 }));
          return () =>
            h('section', [
              h('ul', data.value?.pages.flatMap((page) => page.products.map((p) => h('li', { key: p.entityId }, p.name)))),
              hasNextPage.value && h('button', { onClick: () => fetchNextPage() }, 'Load more'),
            ]);
        },
      }),
    );
    await waitFor(() => expect(shown()).toHaveLength(2));
    await fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(shown()).toHaveLength(4));
    expect(new Set(shown()).size).toBe(4);
    expect(shown().every((name) => namesIn(COFFEE).includes(name))).toBe(true);
    category.value = APPAREL;
    await waitFor(() => expect(shown()).toHaveLength(2));
    expect(shown().every((name) => namesIn(APPAREL).includes(name))).toBe(true);
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts', 'BcHeadlessProducts', 'BcHeadlessProducts']);
  });
});

describe('useLocale', () => {
  it('re-renders the catalog translated, fetching only catalog data; switching back is instant', async () => {
    const Shop = defineComponent({
      setup() {
        const locale = useLocale();
        const categories = useCategories();
        const products = useProducts({ categoryEntityId: COFFEE, pageSize: 50 });
        return () =>
          h('main', [
            h('label', ['Language ', h('select', { value: locale.value ?? 'en', onChange: (e: Event) => (locale.value = (e.target as HTMLSelectElement).value) }, [
              h('option', { value: 'en' }, 'English'),
              h('option', { value: 'fr' }, 'Français'),
              h('option', { value: 'de' }, 'Deutsch'),
            ])]),
            h('nav', { 'aria-label': 'Categories' }, categories.data.value?.map((c) => h('a', { key: c.entityId, href: '#' }, c.name))),
            h('ul', products.data.value?.products.map((p) => h('li', { key: p.entityId }, p.name))),
          ]);
      },
    });
    const tab = openTab();
    // An explicit 'en' (a null locale is keyed as the store's default, a different entry).
    tab.session.setLocale('en');
    renderStorefront(Shop, { tab });
    await waitFor(() => expect(shown()).toEqual(namesIn(COFFEE)));
    const english = screen.getByRole('navigation', { name: 'Categories' }).textContent;
    await waitFor(() => expect(english).not.toBe(''));
    const before = tab.sent.length;

    await fireEvent.update(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(tab.session.getSnapshot().locale).toBe('fr');
    await waitFor(() => expect(shown()).toEqual(namesIn(COFFEE, 'fr')));
    expect(namesIn(COFFEE, 'fr')).not.toEqual(namesIn(COFFEE));
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Categories' }).textContent).not.toBe(english));
    expect(tab.namesSince(before).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProducts']);

    await fireEvent.update(screen.getByRole('combobox', { name: 'Language' }), 'en');
    await waitFor(() => expect(shown()).toEqual(namesIn(COFFEE)));
    expect(screen.getByRole('navigation', { name: 'Categories' }).textContent).toBe(english);
    expect(tab.sent).toHaveLength(before + 2);
  });
});
