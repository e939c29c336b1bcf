import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { StorefrontProvider } from '../../src/StorefrontProvider.js';
import { useSuspenseCart } from '../../src/useSuspenseCart.js';
import { useSuspenseCategories } from '../../src/useSuspenseCategories.js';
import { useSuspenseProduct } from '../../src/useSuspenseProduct.js';
import { useSuspenseProducts } from '../../src/useSuspenseProducts.js';
import type { Tab } from './startStorefront.js';

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

/** A page of the four Suspense hooks (a product in its own boundary), for the browser and streaming tests. */
export const suspensePage = (tab: Tab, queryClient: QueryClient, apiBase: string, unknown?: number) => (
  <StorefrontProvider client={tab.client} session={tab.session} queryClient={queryClient} apiBase={apiBase}>
    <Suspense fallback={<p>Loading page…</p>}>
      <Page unknown={unknown} />
    </Suspense>
  </StorefrontProvider>
);
