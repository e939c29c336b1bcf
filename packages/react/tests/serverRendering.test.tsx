import { createMemoryStorage, createSessionStore } from '@bc-headless/core';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { StrictMode, Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorefrontProvider } from '../src/StorefrontProvider.js';
import { useCategories } from '../src/useCategories.js';
import { useLocale } from '../src/useLocale.js';
import { useProducts } from '../src/useProducts.js';
import { useStorefront } from '../src/useStorefront.js';
import { useSuspenseCategories } from '../src/useSuspenseCategories.js';
import { useSuspenseProducts } from '../src/useSuspenseProducts.js';
import { startStorefront, type Stack } from './support/startStorefront.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());
afterEach(() => vi.restoreAllMocks());

function Page() {
  const [locale] = useLocale();
  const categories = useCategories();
  const products = useProducts({ pageSize: 3 });
  return (
    <main lang={locale ?? 'en'}>
      <nav>{categories.data?.map((c) => <a key={c.entityId} href={c.path}>{c.name}</a>) ?? 'Loading…'}</nav>
      <ul>{products.data?.products.map((p) => <li key={p.entityId}>{p.name}</li>) ?? <li>Loading…</li>}</ul>
    </main>
  );
}

describe.each([false, true])('server rendering (StrictMode: %s)', (strict) => {
  it('renders on the server with prefetched data and hydrates without warnings or requests', async () => {
    const errors = vi.spyOn(console, 'error');
    const tab = stack.tab();
    // The server: the same session (as read from the request's cookie) and a per-request cache.
    const serverSession = createSessionStore({ storage: createMemoryStorage() });
    serverSession.setLocale('de');
    const serverCache = new QueryClient();
    let prefetch: Promise<unknown> = Promise.resolve();
    const Prefetch = () => {
      const { queries, session } = useStorefront();
      const state = session.getSnapshot();
      prefetch = Promise.all([serverCache.prefetchQuery(queries.categories(state)), serverCache.prefetchQuery(queries.products({ pageSize: 3 }, state))]);
      return null;
    };
    renderToString(<StorefrontProvider client={tab.client} session={serverSession} queryClient={serverCache} apiBase={stack.api}><Prefetch /></StorefrontProvider>);
    await prefetch;
    const serverSnapshot = serverSession.getSnapshot();
    const tree = (client: QueryClient, session = serverSession, state = dehydrate(serverCache)) => {
      const app = (
        <StorefrontProvider client={tab.client} session={session} queryClient={client} serverSnapshot={serverSnapshot} apiBase={stack.api}>
          <HydrationBoundary state={state}>
            <Page />
          </HydrationBoundary>
        </StorefrontProvider>
      );
      return strict ? <StrictMode>{app}</StrictMode> : app;
    };
    const html = renderToString(tree(serverCache));
    expect(html).toContain('Kaffee');
    expect(html).not.toContain('Loading…');

    // The browser: its own session store with the same cookie contents, a fresh cache, the HTML.
    const browserSession = createSessionStore({ storage: createMemoryStorage() });
    browserSession.setLocale('de');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const sent = tab.sent.length;
    const root = await act(async () => hydrateRoot(container, tree(new QueryClient(), browserSession, JSON.parse(JSON.stringify(dehydrate(serverCache))))));
    await waitFor(() => expect(container.textContent).toContain('Kaffee'));
    expect(errors).not.toHaveBeenCalled();
    expect(tab.sent.length - sent).toBe(0);
    act(() => root.unmount());
    container.remove();
  });
});

function SuspensePage() {
  const categories = useSuspenseCategories();
  const products = useSuspenseProducts({ pageSize: 3 });
  return (
    <main>
      <nav>{categories.data.map((c) => <a key={c.entityId} href={c.path}>{c.name}</a>)}</nav>
      <ul>{products.data.products.map((p) => <li key={p.entityId}>{p.name}</li>)}</ul>
    </main>
  );
}

describe('server rendering with the Suspense hooks', () => {
  it('render from the prefetched cache without suspending, and hydrate under HydrationBoundary with no request', async () => {
    const errors = vi.spyOn(console, 'error');
    const tab = stack.tab();
    const session = createSessionStore({ storage: createMemoryStorage() });
    const serverCache = new QueryClient();
    let prefetch: Promise<unknown> = Promise.resolve();
    const Prefetch = () => {
      const { queries } = useStorefront();
      prefetch = Promise.all([serverCache.prefetchQuery(queries.categories(session.getSnapshot())), serverCache.prefetchQuery(queries.products({ pageSize: 3 }, session.getSnapshot()))]);
      return null;
    };
    renderToString(<StorefrontProvider client={tab.client} session={session} queryClient={serverCache} apiBase={stack.api}><Prefetch /></StorefrontProvider>);
    await prefetch;
    const state = JSON.parse(JSON.stringify(dehydrate(serverCache)));
    const tree = (client: QueryClient) => (
      <StorefrontProvider client={tab.client} session={session} queryClient={client} serverSnapshot={session.getSnapshot()} apiBase={stack.api}>
        <HydrationBoundary state={state}>
          <Suspense fallback={<p>Loading…</p>}>
            <SuspensePage />
          </Suspense>
        </HydrationBoundary>
      </StorefrontProvider>
    );
    const html = renderToString(tree(new QueryClient()));
    expect(html).toContain('Coffee');
    expect(html).not.toContain('Loading…');

    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const sent = tab.sent.length;
    const root = await act(async () => hydrateRoot(container, tree(new QueryClient())));
    expect(container.innerHTML).toBe(html);
    expect(errors).not.toHaveBeenCalled();
    expect(tab.sent.length - sent).toBe(0);
    act(() => root.unmount());
    container.remove();
  });
});
