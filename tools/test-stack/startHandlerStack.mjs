// The real server side of the adapters' tests: a sandbox and the storefront handler in front of
// it, both on 127.0.0.1 port 0. Run it in Node (a globalSetup or a worker): DOM test environments
// replace globals such as URL and fetch that the sandbox and the handler rely on.
import { createServer } from 'node:http';
import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox } from '@bc-headless/sandbox';

const quiet = { error() {}, warn() {}, info() {}, log() {} };

/** Starts a sandbox and the storefront handler; `close()` stops both. */
export async function startHandlerStack() {
  const sandbox = await createSandbox({ logger: quiet });
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.privateToken,
    endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
    retry: false,
  });
  const server = createServer(toNodeHandler(createStorefrontHandler({ client, now: () => sandbox.clock.now() })));
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    sandbox,
    origin,
    api: `${origin}/api/storefront`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      await sandbox.close();
    },
  };
}
