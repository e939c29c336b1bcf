'use client';

import type { SessionState } from '@bc-headless/core';
import { useSyncExternalStore } from 'react';
import { useStorefront } from './useStorefront.js';

/**
 * The shopper's session (cart id, customer, locale), re-rendering on every change. While
 * hydrating, React reads the server snapshot: the provider's `serverSnapshot` when given (what the
 * server rendered), else the store's own, which reads the same `bc_session` cookie the server did.
 */
export function useSession(): SessionState {
  const { session, serverSnapshot } = useStorefront();
  return useSyncExternalStore(session.subscribe, session.getSnapshot, () => serverSnapshot ?? session.getSnapshot());
}
