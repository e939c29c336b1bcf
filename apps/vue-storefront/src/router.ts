import { computed, shallowRef } from 'vue';

// A router of a few lines: the History API and one ref holding the current path and query.
// The ref starts at '/' and follows the address bar once `startRouter()` runs (main.ts), so
// importing this file touches no `window`.
const current = shallowRef('/');
let started = false;
const read = () => window.location.pathname + window.location.search;

/** Starts following the address bar (back/forward included); call once before mounting. */
export function startRouter(): void {
  if (started) return;
  started = true;
  current.value = read();
  window.addEventListener('popstate', () => (current.value = read()));
}

/** The current path and query as a computed ref. */
export const route = computed(() => {
  const url = new URL(current.value, 'http://local');
  return { pathname: url.pathname, params: url.searchParams, href: current.value };
});

/** Goes to `to` (a same-site path) without reloading the page. */
export function navigate(to: string, { replace = false } = {}): void {
  if (to === read()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.scrollTo({ top: 0 });
  current.value = read();
}

