import { currentHref, isPlainLeftClick, navigate, subscribeToLocation } from '@bc-headless/demo-kit/browser';
import { createSubscriber } from 'svelte/reactivity';

// The History API part (navigate, the location and its changes) is demo-kit's; this adds Svelte's
// reactivity and one click handler on the shell that turns same-site link clicks into `navigate`.
export { navigate };
const track = createSubscriber((update) => subscribeToLocation(update));

/** The current path and query (`router.href`, `router.url`); reading them in a template, `$derived` or effect follows navigation. */
export const router = {
  get href(): string {
    track();
    return currentHref();
  },
  get url(): URL {
    return new URL(this.href, 'http://local');
  },
};

/**
 * A click handler for the app's root: a plain left click on a same-site link navigates in the
 * app. New tabs, modified clicks, `target`/`download` links and the handler's own routes
 * (`/api/…`, which need a real page load) are left to the browser.
 */
export function interceptLinks(event: MouseEvent): void {
  if (!isPlainLeftClick(event)) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== window.location.origin) return;
  if (anchor.pathname.startsWith('/api/')) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
