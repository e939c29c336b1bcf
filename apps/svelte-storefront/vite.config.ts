import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The app's own server (server.js, through @bc-headless/demo-kit) mounts Vite as middleware in
// development and serves dist/ in production, next to the storefront handler.
export default defineConfig({
  plugins: [svelte()],
  build: { target: 'es2022', sourcemap: false },
});
