import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startHandlerStack } from '../../../../tools/test-stack/startHandlerStack.mjs';

/** Where the test stack listens, handed to the tests with `inject('stack')`. */
export interface StackInfo {
  sandboxUrl: string;
  storeHash: string;
  origin: string;
  api: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One stack per test file (by file name), so files running in parallel never share a store. */
    stacks: Record<string, StackInfo>;
  }
}

/**
 * Starts the real stacks for the project, in Node (the DOM environment of the tests replaces
 * globals such as URL that the sandbox needs): per test file, a sandbox and the storefront handler
 * in front of it, both on 127.0.0.1 port 0. Files run in parallel, and each resets its own sandbox
 * over HTTP between tests.
 */
export default async function setup(project: TestProject) {
  const files = readdirSync(fileURLToPath(new URL('..', import.meta.url))).filter((name) => name.endsWith('.test.tsx'));
  const started = await Promise.all(files.map(startStack));
  project.provide('stacks', Object.fromEntries(files.map((name, i) => [name, started[i]!.info])));
  return async () => {
    await Promise.all(started.map((stack) => stack.close()));
  };
}

async function startStack() {
  const stack = await startHandlerStack();
  const info: StackInfo = { sandboxUrl: stack.sandbox.url, storeHash: stack.sandbox.storeHash, origin: stack.origin, api: stack.api };
  return { info, close: stack.close };
}
