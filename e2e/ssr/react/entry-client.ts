// The browser half: the page's JSON (dehydrated state + the session the server rendered with), then hydrateRoot.
import { createStorefrontClient } from '@bc-headless/core';
import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { PagePayload } from '../support/startSsrApp.js';
import { App } from './App.js';

const payload = JSON.parse(document.getElementById('bc-page')!.textContent!) as PagePayload;
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
hydrateRoot(document.getElementById('app')!, createElement(App, { client, queryClient: new QueryClient(), serverSnapshot: payload.session, state: payload.state as never, productId: payload.productId }), {
  onRecoverableError: (error) => console.error('hydration:', error),
});
