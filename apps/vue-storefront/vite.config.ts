import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The app's own server (server.js, through @bc-headless/demo-kit) mounts Vite as middleware in
// development and serves dist/ in production, next to the storefront handler.
export default defineConfig({
  plugins: [vue()],
  build: { target: 'es2022', sourcemap: false },
});
