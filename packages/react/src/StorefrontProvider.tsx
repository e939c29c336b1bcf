'use client';

import { createCookieStorage, createSessionStore, type SessionState, type SessionStore, type StorefrontClient } from '@bc-headless/core';
import { storefrontQueries, type StorefrontQueriesOptions } from '@bc-headless/core/queries';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { StorefrontContext, type StorefrontContextValue } from './StorefrontContext.js';

/** Props of `<StorefrontProvider>`. */
export interface StorefrontProviderProps extends Omit<StorefrontQueriesOptions, 'session'> {
  /** The browser client (`createStorefrontClient`), or a server's request-scoped one when rendering there. */
  client: StorefrontClient;
  /** Your TanStack `QueryClient`; one is created per provider when omitted. */
  queryClient?: QueryClient;
  /** The shopper's session; default `createSessionStore({ storage: createCookieStorage() })`. */
  session?: SessionStore;
  /**
   * The session the server rendered with (server rendering only): hooks read it while hydrating,
   * so the first browser render matches the HTML, then switch to the live session.
   */
  serverSnapshot?: SessionState;
  children?: ReactNode;
}

/**
 * Provides the storefront to the hooks: the client, the session, the query layer and a TanStack
 * `QueryClientProvider`. Instances are created once per provider (lazy state), never at import.
 */
export function StorefrontProvider({ client, queryClient, session, serverSnapshot, children, ...options }: StorefrontProviderProps) {
  const [value] = useState<StorefrontContextValue>(() => {
    // The cookie storage is read on first use only, so creating it here is safe on a server too.
    const store = session ?? createSessionStore({ storage: createCookieStorage() });
    return { client, session: store, queries: storefrontQueries(client, { ...options, session: store }), serverSnapshot };
  });
  const [ownQueryClient] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={queryClient ?? ownQueryClient}>
      <StorefrontContext.Provider value={value}>{children}</StorefrontContext.Provider>
    </QueryClientProvider>
  );
}
