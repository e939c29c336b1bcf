import { defineConfig } from 'vitest/config';

// One run over every package's tests, so scripts/test-all.mjs can count them together.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'reliability/vitest.config.ts'],
  },
});
