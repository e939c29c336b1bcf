import type { SessionState, SessionStore } from '@bc-headless/core';
import type { Readable } from 'svelte/store';
/** The session as Svelte sees it: a store (`$session` in templates) and a `current` getter for runes. */
export interface SessionReadable extends Readable<SessionState> {
    /** The current snapshot; reading it in an effect, `$derived` or template re-runs it on change. */
    readonly current: SessionState;
}
/** Wraps a core session store for Svelte. Pure: nothing is read until someone subscribes or reads `current`. */
export declare function createSessionReadable(session: SessionStore): SessionReadable;
