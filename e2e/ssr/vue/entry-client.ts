// The browser half, as the Nuxt plugin's client side: the payload's state goes to the plugin,
// which hydrates the QueryClient before any composable runs; then the app mounts (hydrates).
import { createStorefrontClient } from '@bc-headless/core';
import { storefront } from '@bc-headless/vue';
import { QueryClient, type DehydratedState } from '@tanstack/vue-query';
import { createSSRApp } from 'vue';
import type { PagePayload } from '../support/startSsrApp.js';
import { ProductPage } from './ProductPage.js';

const payload = JSON.parse(document.getElementById('bc-page')!.textContent!) as PagePayload;
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
const app = createSSRApp(ProductPage, { productId: payload.productId });
app.config.warnHandler = (message) => console.error('vue warn:', message);
app.use(storefront, { client, queryClient: new QueryClient(), state: payload.state as DehydratedState });
app.mount('#app');
