// The browser half: the page's JSON data blocks (dehydrated state; product id and the session the server rendered with), then hydrateRoot.
import { createStorefrontClient } from '@bc-headless/core';
import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { readDehydratedState } from '@bc-headless/core/queries';
import { PAGE_PAYLOAD_ID, type PagePayload } from '../support/pagePayload.js';
import { App } from './App.js';

const payload = readDehydratedState({ id: PAGE_PAYLOAD_ID }) as PagePayload;
const state = readDehydratedState();
const client = createStorefrontClient({ storeHash: 'storefront', endpoints: { graphql: '/api/storefront/graphql' } });
hydrateRoot(document.getElementById('app')!, createElement(App, { client, queryClient: new QueryClient(), serverSnapshot: payload.session, state: state as never, productId: payload.productId }), {
  onRecoverableError: (error) => console.error('hydration:', error),
});
