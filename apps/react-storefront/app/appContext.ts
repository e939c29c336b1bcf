import type { ServerClient, StorefrontServer } from '@bc-headless/core/server';
import type { DemoInfo, LoggedRequest } from '@bc-headless/demo-kit/browser';
import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react-router';

/** What the app's own server (server/app.ts) gives each request's loaders and actions. */
export interface AppServerContext {
  /** Handler and render context from one configuration (@bc-headless/core/server). */
  storefront: StorefrontServer<QueryClient>;
  /** The server client the storefront is built on (the crawler files read through it, anonymously). */
  client: ServerClient;
  /** The site's public origin: PUBLIC_ORIGIN, else the request's own (canonical URLs, sitemaps). */
  origin: string;
  /** The TCP peer's address, judged against the trusted proxies by the core. */
  remoteAddress: string;
  /** What `/api/demo/info` answers (backend kind, sandbox inspector). */
  info: DemoInfo;
  /** The GraphQL requests this server sent while handling the request so far, for the Requests panel. */
  requests(): readonly LoggedRequest[];
}

/** The React Router context key of `AppServerContext` (set in server/app.ts's getLoadContext). */
export const appContext = createContext<AppServerContext>();
