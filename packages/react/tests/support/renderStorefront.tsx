import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderHookResult } from '@testing-library/react';
import { StrictMode, type ReactNode } from 'react';
import { StorefrontProvider } from '../../src/StorefrontProvider.js';
import type { Stack, Tab } from './startStorefront.js';

/** A tab of the stack with a fresh QueryClient, and a wrapper that provides both (optionally under StrictMode). */
export function storefrontWrapper(stack: Stack, strict: boolean, tab: Tab = stack.tab()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children?: ReactNode }) => {
    const tree = (
      <StorefrontProvider client={tab.client} session={tab.session} queryClient={queryClient} apiBase={stack.api}>
        {children}
      </StorefrontProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { tab, queryClient, wrapper };
}

/** `renderHook` inside a provider for `stack`. */
export function renderStorefrontHook<T>(stack: Stack, strict: boolean, hook: () => T, tab?: Tab): RenderHookResult<T, unknown> & ReturnType<typeof storefrontWrapper> {
  const setup = storefrontWrapper(stack, strict, tab);
  return { ...setup, ...renderHook(hook, { wrapper: setup.wrapper }) };
}

/** `render` inside a provider for `stack`. */
export function renderStorefront(stack: Stack, strict: boolean, ui: ReactNode, tab?: Tab) {
  const setup = storefrontWrapper(stack, strict, tab);
  return { ...setup, ...render(ui, { wrapper: setup.wrapper }) };
}
