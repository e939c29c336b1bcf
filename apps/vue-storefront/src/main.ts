import '@bc-headless/demo-kit/styles.css';
import { createDemoStorefront, prefetchFirstView } from '@bc-headless/demo-kit/browser';
import { storefront } from '@bc-headless/vue';
import { QueryClient } from '@tanstack/vue-query';
import { createApp } from 'vue';
import App from './App.vue';
import { startRouter } from './router.js';
import { requestLogKey } from './useRequestLog.js';

// Client, session, query layer and request log are the same in every demo (demo-kit); the header's
// and the home grid's data are asked for now, while Vue is still starting.
const { client, session, queries, requestLog } = createDemoStorefront();
const queryClient = new QueryClient();
void prefetchFirstView(queryClient, queries, window.location);

startRouter();
createApp(App).use(storefront, { client, queryClient, session }).provide(requestLogKey, requestLog).mount('#app');
