import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { ssrSuite } from './support/ssrSuite.js';

ssrSuite('@bc-headless/react', { root: fileURLToPath(new URL('./react', import.meta.url)), plugins: () => [react()] });
