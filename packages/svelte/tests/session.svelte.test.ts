import { createSessionStore, createStorefrontClient, type SessionStore } from '@bc-headless/core';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { get } from 'svelte/store';
import { describe, expect, it } from 'vitest';
import { createSessionReadable } from '../src/index.js';
import Provide from './fixtures/Provide.svelte';
import SessionProbe from './fixtures/SessionProbe.svelte';

/** A session store that counts its listeners, to see subscriptions start and stop. */
function countingStore(): SessionStore & { listeners(): number } {
  const store = createSessionStore();
  let count = 0;
  return {
    ...store,
    subscribe(listener) {
      count++;
      const stop = store.subscribe(listener);
      return () => {
        count--;
        stop();
      };
    },
    listeners: () => count,
  };
}

describe('the session as Svelte sees it', () => {
  it('satisfies the store contract: the current value at once, then each change, until unsubscribed', () => {
    const store = countingStore();
    const session = createSessionReadable(store);
    const seen: (string | null)[] = [];
    const unsubscribe = session.subscribe((state) => seen.push(state.locale));
    expect(seen).toEqual([null]);
    store.setLocale('fr');
    store.setCartId('cart-1');
    expect(seen).toEqual([null, 'fr', 'fr']);
    unsubscribe();
    expect(store.listeners()).toBe(0);
    store.setLocale('de');
    expect(seen).toEqual([null, 'fr', 'fr']);
    // svelte/store's `get` relies on the same contract.
    expect(get(session)).toBe(store.getSnapshot());
  });

  it('`current` re-runs the effects that read it, and lets go of the store when they end', async () => {
    const store = countingStore();
    const session = createSessionReadable(store);
    // Outside any effect it is a plain read: no subscription.
    expect(session.current.locale).toBeNull();
    expect(store.listeners()).toBe(0);

    const seen: (string | null)[] = [];
    let derivedLocale = () => '';
    const cleanup = $effect.root(() => {
      const upper = $derived((session.current.locale ?? 'default').toUpperCase());
      derivedLocale = () => upper;
      $effect(() => {
        seen.push(session.current.locale);
      });
    });
    flushSync();
    expect(seen).toEqual([null]);
    expect(store.listeners()).toBe(1);
    store.setLocale('fr');
    flushSync();
    expect(seen).toEqual([null, 'fr']);
    expect(derivedLocale()).toBe('FR');
    // A change the effect does not read still re-runs it: `current` is the whole snapshot.
    store.setCartId('cart-1');
    flushSync();
    expect(seen).toEqual([null, 'fr', 'fr']);

    cleanup();
    await tick(); // createSubscriber lets go a microtask after the last effect ends
    await Promise.resolve();
    expect(store.listeners()).toBe(0);
    store.setLocale('de');
    flushSync();
    expect(seen).toEqual([null, 'fr', 'fr']);
  });

  it('renders `$session` and a `$derived` of `current` in a component, and both follow the store', async () => {
    const session = createSessionStore();
    // Construction is pure, and this component reads only the session: nothing is sent.
    const client = createStorefrontClient({ storeHash: 'abc123', endpoints: { graphql: 'http://127.0.0.1:9/graphql' } });
    render(Provide, { props: { options: { client, session }, component: SessionProbe as never, props: {} } });
    expect(screen.getByText('Store: no cart, none')).toBeTruthy();
    expect(screen.getByText('Rune: none')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'German' }));
    expect(screen.getByText('Store: no cart, de')).toBeTruthy();
    expect(screen.getByText('Rune: de')).toBeTruthy();
    session.setCartId('cart-9');
    await tick();
    expect(screen.getByText('Store: cart-9, de')).toBeTruthy();
  });
});
