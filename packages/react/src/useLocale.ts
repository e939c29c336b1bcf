'use client';

import { useSession } from './useSession.js';
import { useStorefront } from './useStorefront.js';

/**
 * The shopper's locale (`null`: the store's default) and its setter. Setting it re-keys only the
 * catalog queries, so only they fetch, in the new language.
 */
export function useLocale(): [locale: string | null, setLocale: (locale: string | null) => void] {
  const { session, client } = useStorefront();
  return [useSession().locale ?? client.config.locale ?? null, session.setLocale];
}
