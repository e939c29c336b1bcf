import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { ssrSuite } from './support/ssrSuite.js';

ssrSuite('@bc-headless/svelte', { root: fileURLToPath(new URL('./svelte', import.meta.url)), plugins: () => [svelte()] });
