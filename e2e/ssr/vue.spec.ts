import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { ssrSuite } from './support/ssrSuite.js';

ssrSuite('@bc-headless/vue', { root: fileURLToPath(new URL('./vue', import.meta.url)), plugins: () => [vue()] });
