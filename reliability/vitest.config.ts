import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

const dist = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// The reliability suite attacks the built packages as an app would use them (run `pnpm build`
// first; `pnpm test` does), so the aliases point at dist/, the same files demo-kit imports.
export default defineProject({
  resolve: {
    alias: [
      { find: /^@bc-headless\/core\/server$/, replacement: dist('packages/core/dist/server/index.js') },
      { find: /^@bc-headless\/core\/queries$/, replacement: dist('packages/core/dist/queries/index.js') },
      { find: /^@bc-headless\/core$/, replacement: dist('packages/core/dist/index.js') },
      { find: /^@bc-headless\/sandbox$/, replacement: dist('packages/sandbox/dist/index.js') },
      { find: /^@bc-headless\/demo-kit$/, replacement: dist('apps/demo-kit/dist/index.js') },
      // The query layer's peer, as the apps install it (the restart test drives the layer through TanStack).
      { find: /^@tanstack\/query-core$/, replacement: dist('packages/core/node_modules/@tanstack/query-core/build/modern/index.js') },
    ],
  },
  test: {
    name: 'reliability',
    include: ['*.test.ts'],
    // Each file drives thousands of requests through faults on a shared 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 30_000,
    // One file at a time: they measure memory and count requests, and would disturb each other.
    fileParallelism: false,
    // After every other project has finished (a root `vitest run`): on a 2-core machine the load
    // test and the timeouts should not compete with the unit tests for CPU.
    sequence: { groupOrder: 1 },
  },
});
