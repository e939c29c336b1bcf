import type { Writable } from 'svelte/store';
/**
 * The shopper's locale (`null`: the store's default) as a writable store (`bind:value={$locale}`)
 * with a `current` getter and setter for runes. Setting it re-keys only the catalog queries, so
 * only they fetch, in the new language.
 */
export interface LocaleStore extends Pick<Writable<string | null>, 'subscribe' | 'set'> {
    current: string | null;
}
/** The shopper's locale, readable and settable (see `LocaleStore`). */
export declare function useLocale(): LocaleStore;
