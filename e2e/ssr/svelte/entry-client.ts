// The browser half: SvelteKit hands the load's data to the layout again; here it comes from the page's JSON.
import { createStorefrontClient } from '@bc-headless/core';
import { QueryClient, type DehydratedState } from '@tanstack/svelte-query';
import { hydrate } from 'svelte';
import { readDehydratedState } from '@bc-headless/core/queries';
import { PAGE_PAYLOAD_ID, type PagePayload } from '../support/pagePayload.js';
import App from './App.svelte';

const payload = readDehydratedState({ id: PAGE_PAYLOAD_ID }) as PagePayload;
const state = readDehydratedState();
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
const queryClient = new QueryClient({ defaultOptions: { queries: { enabled: true } } });
hydrate(App, { target: document.getElementById('app')!, props: { client, queryClient, state: state as DehydratedState, productId: payload.productId } });
