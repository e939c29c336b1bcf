import { goto } from '$app/navigation';
import { page } from '$app/state';

// SvelteKit's router under the names the components use: `router.url` follows navigation.

/** Navigates in the app (SvelteKit's client-side navigation). */
export function navigate(href: string): void {
  void goto(href);
}

/** The current path and query (`router.href`, `router.url`), reactive in templates and `$derived`. */
export const router = {
  get href(): string {
    return page.url.pathname + page.url.search;
  },
  get url(): URL {
    // A plain URL (SvelteKit's has read-only search params), rebuilt when the page's URL changes.
    return new URL(page.url.href);
  },
};
