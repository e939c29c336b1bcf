// The server half, as a Nuxt plugin does it: install the storefront with the request context's
// client, session and QueryClient, render (onServerPrefetch waits for the data), then dehydrate
// after rendering (Nuxt: the `app:rendered` hook, into `useState`, which travels in the payload).
import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { storefront } from '@bc-headless/vue';
import { dehydrate, QueryClient } from '@tanstack/vue-query';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ProductPage } from './ProductPage.js';

export const createQueryClient = () => new QueryClient();

export async function render(ctx: StorefrontRequestContext<QueryClient>, productId: number) {
  const app = createSSRApp(ProductPage, { productId });
  app.use(storefront, { client: ctx.client as never, session: ctx.session, queryClient: ctx.queryClient });
  const html = await renderToString(app);
  return { html, state: dehydrate(ctx.queryClient) };
}
