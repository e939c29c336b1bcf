import '@bc-headless/demo-kit/styles.css';
import { createStorefrontClient } from '@bc-headless/core';
import { createRequestLog } from '@bc-headless/demo-kit/browser';
import { StorefrontProvider } from '@bc-headless/react';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { RequestLogContext } from './requestLogContext.js';

// Everything goes through this app's own server (/api/storefront): the browser holds no
// storefront token and no trusted-proxy secret. The store hash only names the client here; the
// server talks to the real store with its own configuration.
const requestLog = createRequestLog();
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' }, fetch: requestLog.fetch });
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorefrontProvider client={client} queryClient={queryClient}>
      <RequestLogContext.Provider value={requestLog}>
        <App />
      </RequestLogContext.Provider>
    </StorefrontProvider>
  </StrictMode>,
);
