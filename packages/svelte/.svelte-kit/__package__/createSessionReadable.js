import { createSubscriber } from 'svelte/reactivity';
/** Wraps a core session store for Svelte. Pure: nothing is read until someone subscribes or reads `current`. */
export function createSessionReadable(session) {
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
