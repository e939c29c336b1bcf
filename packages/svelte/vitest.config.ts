import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // vite-plugin-svelte finds the Svelte libraries to compile (svelte-query's .svelte files) from the
  // root's package.json; under the workspace's `vitest run` that root would be the repo's.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [svelte(), svelteTesting()],
  test: {
    name: 'svelte',
    include: ['tests/**/*.test.ts'],
    environment: 'happy-dom',
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // The server side runs in a worker thread with Node's globals (tests/support/startStorefront.ts).
    provide: {
      storefrontServer: fileURLToPath(new URL('./tests/support/storefrontServer.mjs', import.meta.url)),
      packageDir: fileURLToPath(new URL('.', import.meta.url)),
    },
  },
});
