'use client';

import type { SessionState, SessionStore, StorefrontClient } from '@bc-headless/core';
import type { StorefrontQueries } from '@bc-headless/core/queries';
import { createContext } from 'react';

/** What `<StorefrontProvider>` hands down: the client, the shopper's session and the query layer. */
export interface StorefrontContextValue {
  client: StorefrontClient;
  session: SessionStore;
  queries: StorefrontQueries;
  /** The session as the server rendered it (for hydration), when the app passed one. */
  serverSnapshot: SessionState | undefined;
}

/** The React context behind `useStorefront`; `null` outside a `<StorefrontProvider>`. */
export const StorefrontContext = createContext<StorefrontContextValue | null>(null);
