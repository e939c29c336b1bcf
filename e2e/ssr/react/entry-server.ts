// The server half: prefetch the page's data through the request context, render, dehydrate.
import type { StorefrontRequestContext } from '@bc-headless/core/server';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export const createQueryClient = () => new QueryClient();

export async function render(ctx: StorefrontRequestContext<QueryClient>, productId: number) {
  await ctx.prefetchView({ product: productId, cart: true });
  const html = renderToString(createElement(App, { client: ctx.client as never, session: ctx.session, queryClient: ctx.queryClient, serverSnapshot: ctx.state, productId }));
  return { html, state: dehydrate(ctx.queryClient) };
}
