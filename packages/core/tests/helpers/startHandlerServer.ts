import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerClient } from '../../src/server/createServerClient.js';
import { createStorefrontHandler } from '../../src/server/createStorefrontHandler.js';
import { toNodeHandler } from '../../src/server/toNodeHandler.js';

/** The storefront handler for `client` behind `toNodeHandler`, on 127.0.0.1 port 0: its API base and a close. */
export async function startHandlerServer(client: ServerClient): Promise<{ api: string; close(): Promise<void> }> {
  const server = createServer(toNodeHandler(createStorefrontHandler({ client })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/storefront`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
