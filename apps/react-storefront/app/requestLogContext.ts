import type { LoggedRequest, RequestLog } from '@bc-headless/demo-kit/browser';
import { createContext, useContext, useSyncExternalStore } from 'react';

/** The app's request log (what the browser's core client sent), for the Requests panel. */
export const RequestLogContext = createContext<RequestLog | null>(null);

/** What the server sent to BigCommerce to render this page (the first view's one request). */
export const ServerRequestsContext = createContext<readonly LoggedRequest[]>([]);

const NONE: readonly LoggedRequest[] = [];

/** The latest requests, newest first: the browser's, then the server render's. */
export function useRequestLog(): { entry: LoggedRequest; key: string }[] {
  const log = useContext(RequestLogContext)!;
  const server = useContext(ServerRequestsContext);
  const browser = useSyncExternalStore(log.subscribe, log.getSnapshot, () => NONE);
  return [...browser.map((entry) => ({ entry, key: `b${entry.id}` })), ...server.map((entry) => ({ entry, key: `s${entry.id}` }))];
}
