import type { LoggedRequest, RequestLog } from '@bc-headless/demo-kit/browser';
import { inject, onScopeDispose, shallowRef, type InjectionKey, type Ref } from 'vue';

/** The app's request log (what the core client sent), provided in main.ts for the Requests panel. */
export const requestLogKey: InjectionKey<RequestLog> = Symbol('request-log');

/** The latest requests, newest first, as a ref that follows the log until the component unmounts. */
export function useRequestLog(): Readonly<Ref<readonly LoggedRequest[]>> {
  const log = inject(requestLogKey);
  if (!log) throw new Error('useRequestLog(): no request log; main.ts must app.provide(requestLogKey, createRequestLog())');
  const entries = shallowRef(log.getSnapshot());
  onScopeDispose(log.subscribe(() => (entries.value = log.getSnapshot())));
  return entries;
}
