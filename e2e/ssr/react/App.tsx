import type { SessionState, StorefrontClient } from '@bc-headless/core';
import { StorefrontProvider } from '@bc-headless/react';
import { HydrationBoundary, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { ProductPage } from './ProductPage.js';

/** The app's root, on both sides: the provider, TanStack's HydrationBoundary, the page. */
export function App(props: { client: StorefrontClient; queryClient: QueryClient; serverSnapshot: SessionState; state?: DehydratedState; productId: number; session?: import('@bc-headless/core').SessionStore }) {
  return (
    <StorefrontProvider client={props.client} queryClient={props.queryClient} serverSnapshot={props.serverSnapshot} {...(props.session ? { session: props.session } : {})}>
      <HydrationBoundary state={props.state}>
        <ProductPage productId={props.productId} />
      </HydrationBoundary>
    </StorefrontProvider>
  );
}
