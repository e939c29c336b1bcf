import { dehydrate, hydrate, QueryClient, type DehydratedState } from '@tanstack/vue-query';
import { renderToString } from '@vue/server-renderer';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createSSRApp, nextTick } from 'vue';
import { storefront } from '../src/storefront.js';
import CategoryPage from './components/CategoryPage.vue';
import { openTab, type Tab } from './support/openTab.js';

const stack = inject('vueStack');
const COFFEE = 21;
const APPAREL = 24;

/** The server's half: one app per request, data awaited by onServerPrefetch, the cache dehydrated. */
async function renderOnServer(tab: Tab, categoryEntityId: number) {
  const queryClient = new QueryClient();
  const app = createSSRApp(CategoryPage, { categoryEntityId });
  app.use(storefront, { client: tab.client, session: tab.session, queryClient, apiBase: stack.api });
  const html = await renderToString(app);
  // JSON, as the state travels in the page.
  return { html, state: JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState };
}

/** The browser's half: the server's markup, the hydrated cache, and a spy on every warning. */
function hydrateInBrowser(tab: Tab, html: string, state: DehydratedState, categoryEntityId: number) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const queryClient = new QueryClient();
  hydrate(queryClient, state);
  const warn = vi.fn();
  const app = createSSRApp(CategoryPage, { categoryEntityId });
  app.config.warnHandler = warn;
  app.use(storefront, { client: tab.client, session: tab.session, queryClient, apiBase: stack.api });
  app.mount(container);
  return { container, warn, app };
}

let errors: ReturnType<typeof vi.spyOn>;
afterEach(() => {
  errors?.mockRestore();
  document.body.innerHTML = '';
});

describe('server rendering', () => {
  it('renders on the server and hydrates without a warning or a request', async () => {
    const tab = openTab();
    tab.session.setLocale('fr');
    const { html, state } = await renderOnServer(tab, COFFEE);
    const coffee = stack.products.filter((p) => p.categoryEntityIds.includes(COFFEE));
    for (const product of coffee) expect(html).toContain(product.name.fr);
    expect(html).toContain('Locale: fr');
    const sent = tab.sent.length;
    expect(tab.namesSince(0).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProducts']);

    errors = vi.spyOn(console, 'error');
    const { container, warn, app } = hydrateInBrowser(tab, html, state, COFFEE);
    await nextTick();
    expect(warn).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled(); // "Hydration completed but contains mismatches."
    expect(container.innerHTML).toBe(html);
    expect(tab.sent).toHaveLength(sent); // the cache came with the page

    // Hydrated, it is live: a session change re-renders it.
    tab.session.setLocale('de');
    await nextTick();
    expect(container.textContent).toContain('Locale: de');
    app.unmount();
  });

  it('the spies do see a mismatch (the browser rendering another category)', async () => {
    const tab = openTab();
    const { html, state } = await renderOnServer(tab, COFFEE);
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { warn, app } = hydrateInBrowser(tab, html, state, APPAREL);
    expect([...warn.mock.calls, ...errors.mock.calls].flat().filter((part) => typeof part === 'string').join(' ')).toMatch(/[Hh]ydration/);
    app.unmount();
  });

  it('app.use(storefront, { state }) hydrates the server cache at install (the Nuxt payload pattern): no request, no warning', async () => {
    const tab = openTab();
    const { html, state } = await renderOnServer(tab, COFFEE);
    const sent = tab.sent.length;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const warn = vi.fn();
    errors = vi.spyOn(console, 'error');
    const app = createSSRApp(CategoryPage, { categoryEntityId: COFFEE });
    app.config.warnHandler = warn;
    const queryClient = new QueryClient();
    app.use(storefront, { client: tab.client, session: tab.session, queryClient, apiBase: stack.api, state });
    expect(queryClient.getQueryCache().getAll().map((q) => q.state.status)).toEqual(state.queries.map(() => 'success'));
    app.mount(container);
    await nextTick();
    expect(container.innerHTML).toBe(html);
    expect(warn).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(tab.sent).toHaveLength(sent);
    app.unmount();
  });

  it('app.use(storefront, { state: null }) (no payload, e.g. a client-only page) installs with an empty cache', () => {
    const tab = openTab();
    const queryClient = new QueryClient();
    createSSRApp(CategoryPage, { categoryEntityId: COFFEE }).use(storefront, { client: tab.client, queryClient, state: null });
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
