import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import Provide from '../fixtures/Provide.svelte';
import type { Page } from './startStorefront.js';

/** Renders `component` with `props` inside a `<StorefrontProvider>` built from `page`. */
export function renderStorefront<P extends Record<string, unknown>>(page: Page, component: Component<P>, props: P) {
  return render(Provide as unknown as Component<{ options: Page['options']; component: Component<P>; props: P }>, { props: { options: page.options, component, props } });
}
