import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [vue()],
  test: {
    name: 'vue-storefront',
    // The router reads and writes the address bar: happy-dom gives it one on this shop's origin.
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://127.0.0.1:4102/' } },
    include: ['tests/**/*.test.ts'],
  },
});
