import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'vue',
    // Components render in happy-dom; the server render test renders with @vue/server-renderer
    // in the same environment, then hydrates the markup it produced.
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
    // The sandbox and the storefront handler run in Node, once per run (see the file).
    globalSetup: ['tests/support/globalSetup.ts'],
  },
});
