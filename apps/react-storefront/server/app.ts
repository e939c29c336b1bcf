// The server build's entry (vite.config.ts): React Router's request handler, with what the app's
// own Node server gives every loader, action and resource route through the router context.
import { createServerClient, createStorefrontServer } from '@bc-headless/core/server';
import type { DemoBackend } from '@bc-headless/demo-kit';
import { createRequestLog, type RequestLog } from '@bc-headless/demo-kit/browser';
import { createRequestListener } from '@react-router/node';
import { QueryClient } from '@tanstack/react-query';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestListener } from 'node:http';
import { RouterContextProvider, type ServerBuild } from 'react-router';
import * as build from 'virtual:react-router/server-build';
import { appContext } from '../app/appContext.js';

/**
 * The app as a Node request listener, for `backend` (demo-kit's `resolveBackend`). One storefront
 * server (handler + render context from one configuration) for the process.
 */
export function createApp(backend: DemoBackend): RequestListener {
  // Each incoming request gets its own log of what this server sent to BigCommerce: the Requests
  // panel shows a server-rendered page's one GraphQL request, which the browser never sent.
  const logs = new AsyncLocalStorage<RequestLog>();
  const client = createServerClient({
    ...backend.serverConfig,
    fetch: (input, init) => (logs.getStore()?.fetch ?? globalThis.fetch)(input, init),
  });
  const storefront = createStorefrontServer({
    client,
    queryClient: () => new QueryClient(),
    onError: (error, { route, correlationId }) => console.error(`[storefront] ${route} (${correlationId ?? 'no correlation id'}):`, (error as Error)?.message ?? error),
  });
  // Canonical URLs, sitemaps and robots.txt name this origin. Behind a proxy set PUBLIC_ORIGIN: the
  // request's own origin comes from its Host header, which a client chooses.
  const publicOrigin = process.env.PUBLIC_ORIGIN ? new URL(process.env.PUBLIC_ORIGIN).origin : null;
  const info = { backend: backend.kind, inspectorUrl: backend.inspectorUrl };
  const listener = createRequestListener({
    build: build as unknown as ServerBuild,
    mode: process.env.NODE_ENV === 'production' ? 'production' : 'development',
    getLoadContext(request, peer) {
      const log = logs.getStore();
      const origin = publicOrigin ?? new URL(request.url).origin;
      return new RouterContextProvider(
        new Map([[appContext, { storefront, client, origin, remoteAddress: peer.address, info, requests: () => log?.getSnapshot() ?? [] }]]),
      );
    },
  });
  return (req, res) => logs.run(createRequestLog(), () => listener(req, res));
}
