import '@bc-headless/demo-kit/styles.css';
import { createDemoStorefront, prefetchFirstView } from '@bc-headless/demo-kit/browser';
import { StorefrontProvider } from '@bc-headless/react';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { RequestLogContext } from './requestLogContext.js';

// Client, session, query layer and request log are the same in every demo (demo-kit); the header's
// and the home grid's data are asked for now, while React is still starting.
const { client, session, queries, requestLog } = createDemoStorefront();
const queryClient = new QueryClient();
void prefetchFirstView(queryClient, queries, window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StorefrontProvider client={client} queryClient={queryClient} session={session}>
      <RequestLogContext.Provider value={requestLog}>
        <App />
      </RequestLogContext.Provider>
    </StorefrontProvider>
  </StrictMode>,
);
