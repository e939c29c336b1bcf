import type { SessionState } from '@bc-headless/core';
import { onScopeDispose, shallowReadonly, shallowRef, type ShallowRef } from 'vue';
import type { StorefrontContext } from './StorefrontContext.js';
import { injectStorefront } from './useStorefront.js';

/**
 * The session store as a ref for the current effect scope: one listener, removed when the scope
 * (the component) is disposed. The store hands out a new snapshot object per change, so a
 * shallowRef is enough and computed options depending on it re-run exactly then. INTERNAL.
 */
export function sessionRef({ session }: StorefrontContext): Readonly<ShallowRef<SessionState>> {
  const state = shallowRef(session.getSnapshot());
  onScopeDispose(session.subscribe((next) => (state.value = next)));
  return shallowReadonly(state);
}

/** The shopper's session (cart id, customer, locale) as a readonly ref that follows every change. */
export const useSession = () => sessionRef(injectStorefront('useSession'));
