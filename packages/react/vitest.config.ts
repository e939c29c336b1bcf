import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'react',
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['tests/**/*.test-d.{ts,tsx}'] },
    // The sandbox and the storefront handler run in Node, once per run (see the file).
    globalSetup: ['tests/support/globalSetup.ts'],
  },
});
