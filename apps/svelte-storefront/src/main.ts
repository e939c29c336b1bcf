import '@bc-headless/demo-kit/styles.css';
import { createCookieStorage, createSessionStore, createStorefrontClient } from '@bc-headless/core';
import { storefrontQueries } from '@bc-headless/core/queries';
import { createRequestLog } from '@bc-headless/demo-kit/browser';
import { QueryClient } from '@tanstack/svelte-query';
import { mount } from 'svelte';
import App from './App.svelte';

// Everything goes through this app's own server (/api/storefront): the browser holds no
// storefront token and no trusted-proxy secret. The store hash only names the client here; the
// server talks to the real store with its own configuration.
const requestLog = createRequestLog();
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' }, fetch: requestLog.fetch });
const queryClient = new QueryClient();
const session = createSessionStore({ storage: createCookieStorage() });

// Render-as-you-fetch: the header's and the home grid's data are asked for now, while Svelte is
// still starting; the components find the same cache entries (same keys) instead of asking again.
const queries = storefrontQueries(client, { session });
void queryClient.prefetchQuery(queries.settings());
void queryClient.prefetchQuery(queries.categories());
if (window.location.pathname === '/' && !window.location.search) void queryClient.prefetchQuery(queries.products());

mount(App, { target: document.getElementById('app')!, props: { client, queryClient, session, requestLog } });
