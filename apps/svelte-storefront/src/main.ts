import '@bc-headless/demo-kit/styles.css';
import { createDemoStorefront, prefetchFirstView } from '@bc-headless/demo-kit/browser';
import { QueryClient } from '@tanstack/svelte-query';
import { mount } from 'svelte';
import App from './App.svelte';

// Client, session, query layer and request log are the same in every demo (demo-kit); the header's
// and the home grid's data are asked for now, while Svelte is still starting.
const { client, session, queries, requestLog } = createDemoStorefront();
const queryClient = new QueryClient();
void prefetchFirstView(queryClient, queries, window.location);

mount(App, { target: document.getElementById('app')!, props: { client, queryClient, session, requestLog } });
