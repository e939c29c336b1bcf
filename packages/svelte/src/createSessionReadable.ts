import type { SessionState, SessionStore } from '@bc-headless/core';
import type { Readable } from 'svelte/store';
import { createSubscriber } from 'svelte/reactivity';

/** The session as Svelte sees it: a store (`$session` in templates) and a `current` getter for runes. */
export interface SessionReadable extends Readable<SessionState> {
  /** The current snapshot; reading it in an effect, `$derived` or template re-runs it on change. */
  readonly current: SessionState;
}

/** Wraps a core session store for Svelte. Pure: nothing is read until someone subscribes or reads `current`. */
export function createSessionReadable(session: SessionStore): SessionReadable {
  const track = createSubscriber((update) => session.subscribe(update));
  return {
    // Svelte's store contract: the subscriber hears the current value at once, then every change.
    subscribe(run) {
      run(session.getSnapshot());
      return session.subscribe(run);
    },
    get current() {
      track();
      return session.getSnapshot();
    },
  };
}
