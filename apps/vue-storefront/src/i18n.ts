import { languageOf, translate, type MessageKey } from '@bc-headless/demo-kit/browser';
import { useLocale } from '@bc-headless/vue';
import { computed } from 'vue';

/**
 * The shopper's language (`en`, `fr`, `de`) as a computed ref, and a translator for the shared UI
 * strings; `t()` reads the ref, so a template using it re-renders when the language changes.
 */
export function useT() {
  const locale = useLocale();
  const lang = computed(() => languageOf(locale.value));
  return { lang, t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang.value, key, params) };
}
