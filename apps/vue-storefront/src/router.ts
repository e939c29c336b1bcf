import { currentHref, navigate, subscribeToLocation } from '@bc-headless/demo-kit/browser';
import { computed, shallowRef } from 'vue';

// The History API part (navigate, the location and its changes) is demo-kit's; this adds one ref
// holding the current path and query. The ref starts at '/' and follows the address bar once
// `startRouter()` runs (main.ts), so importing this file touches no `window`.
export { navigate };
const current = shallowRef('/');
let started = false;

/** Starts following the address bar (back/forward included); call once before mounting. */
export function startRouter(): void {
  if (started) return;
  started = true;
  current.value = currentHref();
  subscribeToLocation(() => (current.value = currentHref()));
}

/** The current path and query as a computed ref. */
export const route = computed(() => {
  const url = new URL(current.value, 'http://local');
  return { pathname: url.pathname, params: url.searchParams, href: current.value };
});
