import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

// Component tests run in happy-dom; the server render test opts into `node` per file.
export default defineProject({
  plugins: [vue()],
  test: {
    name: 'vue',
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
  },
});
