import { languageOf, translate, type MessageKey } from '@bc-headless/demo-kit/browser';
import { useLocale } from '@bc-headless/svelte';

/** What `useT` returns: read `lang` and call `t` in templates, never copy them out of it. */
export interface Translator {
  /** The shopper's language: `en`, `fr` or `de`. */
  readonly lang: 'en' | 'fr' | 'de';
  /** One of the shared UI strings, in the shopper's language. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

/**
 * The shopper's language and a translator for the shared UI strings. Both read the locale store's
 * `current`, so a template using them re-renders when the shopper switches language. Call it
 * while a component initialises, like every `useX`.
 */
export function useT(): Translator {
  const locale = useLocale();
  return {
    get lang() {
      return languageOf(locale.current);
    },
    t: (key, params) => translate(locale.current, key, params),
  };
}
