import type { SessionStore } from '@bc-headless/core';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { cleanup, render, screen } from '@testing-library/vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, effectScope, h } from 'vue';
import { storefront } from '../src/storefront.js';
import { useCart } from '../src/useCart.js';
import { useLocale } from '../src/useLocale.js';
import { useProducts } from '../src/useProducts.js';
import { useSession } from '../src/useSession.js';
import { useStorefront } from '../src/useStorefront.js';
import { openTab } from './support/openTab.js';
import { renderStorefront } from './support/renderStorefront.js';

afterEach(() => cleanup());

/** The tab's session store, counting its live listeners. */
function countingSession(session: SessionStore) {
  const counter = { live: 0 };
  const store: SessionStore = {
    ...session,
    subscribe(listener) {
      counter.live++;
      const unsubscribe = session.subscribe(listener);
      return () => {
        counter.live--;
        unsubscribe();
      };
    },
  };
  return { store, counter };
}

describe('session bridging', () => {
  it('useSession follows the store, and every listener goes when the component unmounts', async () => {
    const tab = openTab();
    const { store, counter } = countingSession(tab.session);
    const Page = defineComponent({
      setup() {
        const session = useSession();
        useCart();
        useLocale();
        useProducts({ pageSize: 1 });
        return () => h('p', `Locale: ${session.value.locale ?? 'default'}`);
      },
    });
    const { unmount } = renderStorefront(Page, { tab: { ...tab, session: store } });
    expect(screen.getByText('Locale: default')).toBeTruthy();
    expect(counter.live).toBe(4);

    tab.session.setLocale('de');
    expect(await screen.findByText('Locale: de')).toBeTruthy();

    unmount();
    expect(counter.live).toBe(0);
    tab.session.setLocale('fr'); // nobody listens: nothing to update, nothing throws
  });

  it('useSession is readonly: the store is the one way to change the session', async () => {
    const tab = openTab();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let session: ReturnType<typeof useSession> | undefined;
    render(defineComponent({ setup: () => ((session = useSession()), () => null) }), {
      global: { plugins: [[storefront, { client: tab.client, session: tab.session }]] },
    });
    const before = session!.value;
    (session as { value: unknown }).value = { ...before, cartId: 'x' };
    expect(session!.value).toBe(before);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/target is readonly/), expect.anything());
    warn.mockRestore();
  });

  it('an effect scope in the app context works too, and stopping it removes the listener', () => {
    const tab = openTab();
    const { store, counter } = countingSession(tab.session);
    const app = createApp({ render: () => null }).use(storefront, { client: tab.client, session: store });
    const scope = effectScope();
    const session = app.runWithContext(() => scope.run(() => useSession()))!;
    expect(counter.live).toBe(1);
    tab.session.setCartId('00000000-0000-4000-8000-000000000000');
    expect(session.value.cartId).toBe('00000000-0000-4000-8000-000000000000');
    scope.stop();
    expect(counter.live).toBe(0);
  });
});

describe('errors that say what to do', () => {
  it('outside setup(): names the composable and says where to call it', () => {
    expect(() => useCart()).toThrow("useCart() must be called in a component's setup() (or <script setup>)");
    // An app context without an effect scope would leak the session listener: refused too.
    const tab = openTab();
    const app = createApp({ render: () => null }).use(storefront, { client: tab.client, session: tab.session });
    expect(() => app.runWithContext(() => useSession())).toThrow(/useSession\(\) must be called in a component's setup\(\)/);
    // …and so is an effect scope outside any app (nothing to inject from).
    expect(() => effectScope().run(() => useStorefront())).toThrow(/useStorefront\(\) must be called in a component/);
  });

  it('without the plugin: names app.use(storefront, …)', () => {
    const errors: unknown[] = [];
    const app = createApp(defineComponent({ setup: () => (useProducts(), () => null) }));
    app.config.errorHandler = (error) => void errors.push(error);
    app.config.warnHandler = () => {}; // "missing render function": its setup threw
    app.mount(document.createElement('div'));
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('useProducts(): no storefront in this app; add app.use(storefront, { client: createStorefrontClient(…) }) (from @bc-headless/vue)');
    app.unmount();
  });

  it('the plugin checks its options and shares an installed VueQueryPlugin', () => {
    expect(() => createApp({ render: () => null }).use(storefront, {} as never)).toThrow('app.use(storefront, options): options.client must be a storefront client');
    const tab = openTab();
    const queryClient = new QueryClient();
    const app = createApp({ render: () => null }).use(VueQueryPlugin, { queryClient }).use(storefront, { client: tab.client, session: tab.session });
    expect(app.runWithContext(() => effectScope().run(() => useStorefront()))!.queryClient).toBe(queryClient);
    expect(() => createApp({ render: () => null }).use(VueQueryPlugin, { queryClient }).use(storefront, { client: tab.client, queryClient: new QueryClient() })).toThrow(/VueQueryPlugin is installed with another QueryClient/);
  });
});
