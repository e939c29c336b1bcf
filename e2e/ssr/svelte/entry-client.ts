// The browser half: SvelteKit hands the load's data to the layout again; here it comes from the page's JSON.
import { createStorefrontClient } from '@bc-headless/core';
import { QueryClient, type DehydratedState } from '@tanstack/svelte-query';
import { hydrate } from 'svelte';
import type { PagePayload } from '../support/startSsrApp.js';
import App from './App.svelte';

const payload = JSON.parse(document.getElementById('bc-page')!.textContent!) as PagePayload;
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: true } } });
hydrate(App, { target: document.getElementById('app')!, props: { client, queryClient, state: payload.state as DehydratedState, productId: payload.productId } });
