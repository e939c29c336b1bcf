import { createSubscriber } from 'svelte/reactivity';

// A router of a few lines: the History API, a `navigate` event, and one click handler on the
// shell that turns same-site link clicks into `navigate` (see `interceptLinks`).
const EVENT = 'storefront:navigate';
const track = createSubscriber((update) => {
  window.addEventListener('popstate', update);
  window.addEventListener(EVENT, update);
  return () => {
    window.removeEventListener('popstate', update);
    window.removeEventListener(EVENT, update);
  };
});
const current = () => window.location.pathname + window.location.search;

/** The current path and query (`router.href`, `router.url`); reading them in a template, `$derived` or effect follows navigation. */
export const router = {
  get href(): string {
    track();
    return current();
  },
  get url(): URL {
    return new URL(this.href, 'http://local');
  },
};

/** Goes to `to` (a same-site path) without reloading the page. */
export function navigate(to: string, { replace = false } = {}): void {
  if (to === current()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.scrollTo({ top: 0 });
  window.dispatchEvent(new Event(EVENT));
}

/**
 * A click handler for the app's root: a plain left click on a same-site link navigates in the
 * app. New tabs, modified clicks, `target`/`download` links and the handler's own routes
 * (`/api/…`, which need a real page load) are left to the browser.
 */
export function interceptLinks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== window.location.origin) return;
  if (anchor.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

