import type { LoggedRequest, RequestLog } from '@bc-headless/demo-kit/browser';
import { getContext, setContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';

const KEY = Symbol('request-log');

/** Makes the app's request log (what the core client sent) available to the Requests panel. */
export function setRequestLog(log: RequestLog): void {
  setContext(KEY, log);
}

/** The latest requests, newest first, as `requests.current` (follows every new request). */
export function useRequestLog(): { readonly current: readonly LoggedRequest[] } {
  const log = getContext<RequestLog | undefined>(KEY);
  if (!log) throw new Error('useRequestLog: no request log above this component; call setRequestLog(createRequestLog()) in a parent');
  const track = createSubscriber((update) => log.subscribe(update));
  return {
    get current() {
      track();
      return log.getSnapshot();
    },
  };
}
