import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StorefrontProvider } from '../src/StorefrontProvider.js';
import { useSuspenseCart } from '../src/useSuspenseCart.js';
import { useSuspenseCategories } from '../src/useSuspenseCategories.js';
import { useSuspenseProduct } from '../src/useSuspenseProduct.js';
import { useSuspenseProducts } from '../src/useSuspenseProducts.js';
import { startStorefront, type Stack, type Tab } from './support/startStorefront.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

function Detail({ entityId }: { entityId: number }) {
  const { data } = useSuspenseProduct(entityId);
  return <article>{data ? `${data.name}: ${data.sku}` : 'No such product'}</article>;
}

function Page({ unknown }: { unknown?: number }) {
  const products = useSuspenseProducts({ pageSize: 2 });
  const categories = useSuspenseCategories();
  const cart = useSuspenseCart();
  const first = products.data.products[0]!;
  return (
    <main>
      <nav>{categories.data.map((c) => c.name).join(', ')}</nav>
      <p>{cart.data ? 'Cart' : 'No cart'}</p>
      <Suspense fallback={<p>Loading product…</p>}>
        <Detail entityId={unknown ?? first.entityId} />
      </Suspense>
    </main>
  );
}

const tree = (tab: Tab, queryClient: QueryClient, unknown?: number) => (
  <StorefrontProvider client={tab.client} session={tab.session} queryClient={queryClient} apiBase={stack.api}>
    <Suspense fallback={<p>Loading page…</p>}>
      <Page unknown={unknown} />
    </Suspense>
  </StorefrontProvider>
);

describe('Suspense hooks in the browser', () => {
  it('suspend in the browser, then render data that is never undefined; an unknown product is null, not an error', async () => {
    const tab = stack.tab();
    render(tree(tab, new QueryClient(), 999_999));
    expect(screen.getByText('Loading page…')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('No such product')).toBeTruthy());
    await act(async () => {});
  });
});
