import type { RequestLog } from '@bc-headless/demo-kit/browser';
import { createContext, useContext, useSyncExternalStore } from 'react';

/** The app's request log (what the core client sent), for the Requests panel. */
export const RequestLogContext = createContext<RequestLog | null>(null);

/** The latest requests, newest first. */
export function useRequestLog() {
  const log = useContext(RequestLogContext)!;
  return useSyncExternalStore(log.subscribe, log.getSnapshot, log.getSnapshot);
}
