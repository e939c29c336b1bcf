import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

// The server build's entry is server/app.ts (React Router's "custom server" pattern): it wraps
// React Router's request handler with what the app's own server adds (the BigCommerce backend,
// the shopper's address, the server-side request log). server.js loads it: through Vite in
// development, from dist/server/index.js in production. (React Router's plugin reads the entry
// from the ssr environment's build options.)
export default defineConfig({
  plugins: [reactRouter()],
  build: { target: 'es2022', sourcemap: false },
  environments: { ssr: { build: { rolldownOptions: { input: './server/app.ts' } } } },
});
