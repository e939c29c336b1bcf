// The types SvelteKit's hooks and loads share (App.Locals is set in hooks.server.ts).
import type { ServerClient, StorefrontRequestContext, StorefrontServer } from '@bc-headless/core/server';
import type { DemoInfo, LoggedRequest } from '@bc-headless/demo-kit/browser';
import type { QueryClient } from '@tanstack/svelte-query';

declare global {
  namespace App {
    interface Locals {
      /** Handler and render context from one configuration (src/lib/server/storefront.ts). */
      storefront: StorefrontServer<QueryClient>;
      /** The server client the storefront is built on (the crawler files read through it). */
      client: ServerClient;
      /** This request's context: request-scoped client, session from the cookies, a fresh QueryClient. */
      context: StorefrontRequestContext<QueryClient>;
      /** The shopper's address: the TCP peer (getClientAddress), judged by the core's trusted-proxy rules. */
      remoteAddress: string;
      /** What /api/demo/info answers. */
      info: DemoInfo;
      /** The GraphQL requests this server sent for the request so far (Requests panel). */
      requests(): readonly LoggedRequest[];
    }
  }
}

export {};
