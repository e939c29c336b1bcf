import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [svelte(), svelteTesting()],
  test: {
    name: 'svelte',
    include: ['tests/**/*.test.ts'],
    environment: 'happy-dom',
    // The sandbox is a Node server that reads its schema next to its own file: load it with Node,
    // not through the browser-mode transform (which rewrites `import.meta.url` to an http URL).
    server: { deps: { external: [/\/packages\/sandbox\//] } },
  },
});
