import { createSessionStore } from '@bc-headless/core';
import { storefrontQueries } from '@bc-headless/core/queries';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dehydrate, hydrate as hydrateCache, QueryClient } from '@tanstack/svelte-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync, hydrate, unmount } from 'svelte';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import ProductGrid from './fixtures/ProductGrid.svelte';
import Provide from './fixtures/Provide.svelte';
import type { renderShop } from './fixtures/renderShop.js';
import { startStorefront, type Storefront } from './support/startStorefront.js';

let storefront: Storefront;
let vite: ViteDevServer;
beforeAll(async () => {
  storefront = await startStorefront();
  // A second Vite, for the server half: the same fixtures compiled for `svelte/server`.
  vite = await createServer({ configFile: false, root: inject('packageDir'), plugins: [svelte()], appType: 'custom', logLevel: 'silent', server: { middlewareMode: true, hmr: false, ws: false } });
});
afterAll(async () => {
  await vite?.close();
  await storefront?.close();
});

describe('server rendering', () => {
  it('renders on the server, hydrates without warnings or requests, and stays interactive', async () => {
    const page = storefront.page();
    // The server prefetches what the page shows (through the handler, as the page would) and dehydrates it.
    const prefetch = new QueryClient();
    await prefetch.prefetchQuery(storefrontQueries(page.client, { session: createSessionStore(), apiBase: storefront.api }).products({ pageSize: 4 }));
    const state = dehydrate(prefetch);
    page.sent.length = 0;

    const { renderShop: render } = (await vite.ssrLoadModule('/tests/fixtures/renderShop.ts')) as { renderShop: typeof renderShop };
    const { body } = render({ api: storefront.api, storeHash: storefront.sandbox.storeHash, state });
    const serverNames = [...body.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(serverNames).toHaveLength(4);

    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const target = document.body.appendChild(document.createElement('div'));
    target.innerHTML = body;
    const serverList = target.querySelector('ul');
    hydrateCache(page.options.queryClient, JSON.parse(JSON.stringify(state)));
    const app = hydrate(Provide, { target, props: { options: page.options, component: ProductGrid, props: { pageSize: 4 } } });
    flushSync();

    // The server's nodes were adopted, not replaced, and nothing was refetched.
    expect(target.querySelector('ul')).toBe(serverList);
    expect(within(target).getAllByRole('listitem').map((li) => li.textContent)).toEqual(serverNames);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(page.sent).toEqual([]);

    // Hydrated handlers work: the next page is fetched.
    await fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(target).getAllByRole('listitem').map((li) => li.textContent)).not.toEqual(serverNames));
    expect(page.sent).toEqual(['BcHeadlessProducts']);
    unmount(app);
    target.remove();
    warn.mockRestore();
    error.mockRestore();
  });

  it('<StorefrontProvider state> hydrates the server load\'s state into the given QueryClient, on the server and in the browser, with no request', async () => {
    const page = storefront.page();
    const prefetch = new QueryClient();
    await prefetch.prefetchQuery(storefrontQueries(page.client, { session: createSessionStore(), apiBase: storefront.api }).products({ pageSize: 4 }));
    // As a SvelteKit server load returns it: plain JSON.
    const state = JSON.parse(JSON.stringify(dehydrate(prefetch)));
    page.sent.length = 0;
    const { renderShop: render } = (await vite.ssrLoadModule('/tests/fixtures/renderShop.ts')) as { renderShop: typeof renderShop };
    const { body } = render({ api: storefront.api, storeHash: storefront.sandbox.storeHash, state });

    const error = vi.spyOn(console, 'error');
    const target = document.body.appendChild(document.createElement('div'));
    target.innerHTML = body;
    expect(page.options.queryClient.getQueryCache().getAll()).toEqual([]);
    const app = hydrate(Provide, { target, props: { options: { ...page.options, state }, component: ProductGrid, props: { pageSize: 4 } } });
    flushSync();
    expect(within(target).getAllByRole('listitem')).toHaveLength(4);
    expect(page.options.queryClient.getQueryCache().getAll()).toHaveLength(1);
    expect(error).not.toHaveBeenCalled();
    expect(page.sent).toEqual([]);
    unmount(app);
    target.remove();
    error.mockRestore();
  });
});
