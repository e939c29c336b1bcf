// The server half, as SvelteKit does it: a server `load` prefetches through the request context
// and returns `dehydrate(queryClient)`; the root layout's QueryClient (queries `enabled: browser`,
// so nothing fetches during the server render) gets that state through the provider.
import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { dehydrate, QueryClient } from '@tanstack/svelte-query';
import { render as renderSvelte } from 'svelte/server';
import App from './App.svelte';

export const createQueryClient = () => new QueryClient();

export async function render(ctx: StorefrontRequestContext<QueryClient>, productId: number) {
  // +page.server.ts: load({ locals, params })
  await ctx.prefetchView({ product: productId, cart: true });
  const state = dehydrate(ctx.queryClient);
  // +layout.svelte, on the server
  const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  const { body } = renderSvelte(App, { props: { client: ctx.client as never, session: ctx.session, queryClient, state, productId } });
  return { html: body, state };
}
