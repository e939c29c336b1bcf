import { languageOf, translate, type MessageKey } from '@bc-headless/demo-kit/browser';
import { useLocale } from '@bc-headless/react';

/** The shopper's language (`en`, `fr`, `de`) and a translator for the shared UI strings. */
export function useT() {
  const [locale] = useLocale();
  const lang = languageOf(locale);
  return { lang, t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params) };
}
