import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCategories } from '../src/useCategories.js';
import { useLocale } from '../src/useLocale.js';
import { useProduct } from '../src/useProduct.js';
import { useProductPages } from '../src/useProductPages.js';
import { useProducts } from '../src/useProducts.js';
import { useStorefront } from '../src/useStorefront.js';
import { renderStorefrontHook } from './support/renderStorefront.js';
import { startStorefront, type Stack } from './support/startStorefront.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

describe('without a provider', () => {
  it('throws an error that says which provider to add', () => {
    const Probe = () => {
      useStorefront();
      return null;
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Probe />)).toThrow(/<StorefrontProvider client=\{createStorefrontClient/);
    } finally {
      console.error = quiet;
    }
  });
});

describe.each([false, true])('catalog hooks (StrictMode: %s)', (strict) => {
  it('useProducts loads a page in one request and pages forward by cursor', async () => {
    let after: string | undefined;
    const { result, tab, rerender } = renderStorefrontHook(stack, strict, () => useProducts({ pageSize: 4, ...(after ? { after } : {}) }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data!.products).toHaveLength(4);
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts']);
    const first = result.current.data!.products[0]!.entityId;

    after = result.current.data!.pageInfo.endCursor!;
    rerender();
    // The first page stays on screen while the second loads.
    expect(result.current.data!.products[0]!.entityId).toBe(first);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data!.products[0]!.entityId).not.toBe(first);
    expect(tab.namesSince(0)).toEqual(['BcHeadlessProducts', 'BcHeadlessProducts']);
  });

  it('useProductPages appends the next page', async () => {
    const { result } = renderStorefrontHook(stack, strict, () => useProductPages({ pageSize: 5 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);
    expect(result.current.data!.pages[0]!.products).toHaveLength(5); // (a component reads `data` too: TanStack re-renders on what is read)
    await act(async () => {
      await result.current.fetchNextPage();
    });
    await waitFor(() => expect(result.current.data!.pages.flatMap((p) => p.products)).toHaveLength(10));
  });

  it('useProduct returns options, variants and stock; null for an unknown product', async () => {
    const { result } = renderStorefrontHook(stack, strict, () => ({ known: useProduct(121), unknown: useProduct(99999) }));
    await waitFor(() => expect(result.current.known.isSuccess && result.current.unknown.isSuccess).toBe(true));
    expect(result.current.known.data!.name).toBe('Enamel Trail Mug');
    expect(result.current.known.data!.options[0]!.values.map((v) => v.label)).toEqual(['Forest', 'Ember', 'Slate']);
    expect(result.current.known.data!.variants).toHaveLength(3);
    expect(result.current.unknown.data).toBeNull();
  });

  it('a locale switch refetches the catalog translated', async () => {
    const { result, tab } = renderStorefrontHook(stack, strict, () => ({ categories: useCategories(), locale: useLocale() }));
    await waitFor(() => expect(result.current.categories.isSuccess).toBe(true));
    expect(result.current.categories.data![0]!.name).toBe('Coffee');
    expect(result.current.locale[0]).toBeNull();
    const before = tab.sent.length;
    act(() => result.current.locale[1]('fr'));
    await waitFor(() => expect(result.current.categories.data![0]!.name).toBe('Café'));
    expect(result.current.locale[0]).toBe('fr');
    expect(tab.namesSince(before)).toEqual(['BcHeadlessCategoryTree']);
  });

  it('renders in a component: a product grid with names', async () => {
    const Grid = () => {
      const { data, isPending } = useProducts({ categoryEntityId: 21 });
      if (isPending) return <p>Loading…</p>;
      return <ul>{data?.products.map((p) => <li key={p.entityId}>{p.name}</li>)}</ul>;
    };
    const { wrapper } = await import('./support/renderStorefront.js').then((m) => m.storefrontWrapper(stack, strict));
    render(<Grid />, { wrapper });
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByText('House Blend Coffee')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(3);
  });
});
