import type { LoggedRequest, RequestLog } from '@bc-headless/demo-kit/browser';
import { getContext, setContext } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';

const KEY = Symbol('request-log');

interface RequestLogContext {
  log: RequestLog;
  server: () => readonly LoggedRequest[];
}

/**
 * Makes the app's request log (what the browser's core client sent) and what the server sent to
 * render the current page (the load's one request, which the browser never sent) available to
 * the Requests panel.
 */
export function setRequestLog(log: RequestLog, server: () => readonly LoggedRequest[] = () => []): void {
  setContext(KEY, { log, server } satisfies RequestLogContext);
}

/** The latest requests, newest first: the browser's, then the server render's (`requests.current`). */
export function useRequestLog(): { readonly current: readonly { key: string; entry: LoggedRequest }[] } {
  const context = getContext<RequestLogContext | undefined>(KEY);
  if (!context) throw new Error('useRequestLog: no request log above this component; call setRequestLog(createRequestLog()) in a parent');
  const track = createSubscriber((update) => context.log.subscribe(update));
  return {
    get current() {
      track();
      return [
        ...context.log.getSnapshot().map((entry) => ({ key: `b${entry.id}`, entry })),
        ...context.server().map((entry) => ({ key: `s${entry.id}`, entry })),
      ];
    },
  };
}
