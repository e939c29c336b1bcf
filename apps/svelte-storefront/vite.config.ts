import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// SvelteKit 3 (configured here: svelte.config.js is no longer read) with its Node adapter:
// `vite build` writes dist/handler.js, which server.js mounts in this app's own Node server
// (compression, security headers). Runes everywhere, so no component falls back to legacy reactivity.
export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ out: 'dist' }),
      compilerOptions: { runes: true },
      // Inline scripts (SvelteKit's start-up with the dehydrated state) carry a per-response nonce.
      csp: {
        mode: 'nonce',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:', 'https:', 'http:'],
          'connect-src': ['self'],
          'base-uri': ['self'],
          'form-action': ['self', 'http:', 'https:'],
          'frame-ancestors': ['none'],
          'object-src': ['none'],
        },
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
});
