// The browser half, as the Nuxt plugin's client side: the payload's state goes to the plugin,
// which hydrates the QueryClient before any composable runs; then the app mounts (hydrates).
import { createStorefrontClient } from '@bc-headless/core';
import { storefront } from '@bc-headless/vue';
import { QueryClient, type DehydratedState } from '@tanstack/vue-query';
import { createSSRApp } from 'vue';
import { readDehydratedState } from '@bc-headless/core/queries';
import { PAGE_PAYLOAD_ID, type PagePayload } from '../support/pagePayload.js';
import { ProductPage } from './ProductPage.js';

const payload = readDehydratedState({ id: PAGE_PAYLOAD_ID }) as PagePayload;
const state = readDehydratedState();
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
const app = createSSRApp(ProductPage, { productId: payload.productId });
app.config.warnHandler = (message) => console.error('vue warn:', message);
app.use(storefront, { client, queryClient: new QueryClient(), state: state as DehydratedState });
app.mount('#app');
