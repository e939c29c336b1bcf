import { QueryClient } from '@tanstack/vue-query';
import { render } from '@testing-library/vue';
import type { Component } from 'vue';
import { storefront } from '../../src/storefront.js';
import { openTab, type Tab } from './openTab.js';

/** Renders `component` in an app with `app.use(storefront, …)` for a tab (a new one by default) and a fresh QueryClient. */
export function renderStorefront(component: Component, { tab = openTab(), props }: { tab?: Tab; props?: Record<string, unknown> } = {}) {
  const queryClient = new QueryClient();
  const result = render(component, {
    props,
    global: { plugins: [[storefront, { client: tab.client, session: tab.session, queryClient, apiBase: tab.stack.api }]] },
  });
  return { ...result, tab, queryClient };
}
