// The demos' router without a framework: the History API, one `storefront:navigate` event, and
// the test for link clicks the app may take over. Each app only adds its reactivity around it.
const EVENT = 'storefront:navigate';

/** The current path and query (`/search?q=mug`). */
export function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** Calls `listener` after every in-app navigation and on Back / Forward; returns the unsubscribe. */
export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(EVENT, listener);
  };
}

/** Goes to `to` (a same-site path) without reloading the page, at the top of the page. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.scrollTo({ top: 0 });
  window.dispatchEvent(new Event(EVENT));
}

/** Whether a link click is a plain left click the app may handle (not a new tab, not handled yet). */
export function isPlainLeftClick(event: Pick<MouseEvent, 'defaultPrevented' | 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
