import { createServerClient, createStorefrontHandler, toNodeHandler } from '@bc-headless/core/server';
import { createSandbox } from '@bc-headless/sandbox';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

/** Where the test stack listens, handed to the tests with `inject('stack')`. */
export interface StackInfo {
  sandboxUrl: string;
  storeHash: string;
  origin: string;
  api: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/**
 * Starts the real stack once for the project, in Node (the DOM environment of the tests replaces
 * globals such as URL that the sandbox needs): the sandbox and the storefront handler in front of
 * it, both on 127.0.0.1 port 0. Tests reset the sandbox over HTTP.
 */
export default async function setup(project: TestProject) {
  const quiet = { error() {}, warn() {}, info() {}, log() {} };
  const sandbox = await createSandbox({ logger: quiet as never });
  const client = createServerClient({
    storeHash: sandbox.storeHash,
    storefrontToken: sandbox.storefrontToken,
    endpoints: { graphql: `${sandbox.url}/graphql`, payments: `${sandbox.url}/stores/${sandbox.storeHash}/payments` },
    retry: false,
  });
  const server = createServer(toNodeHandler(createStorefrontHandler({ client, now: () => sandbox.clock.now() })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  project.provide('stack', { sandboxUrl: sandbox.url, storeHash: sandbox.storeHash, origin, api: `${origin}/api/storefront` });
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await sandbox.close();
  };
}
