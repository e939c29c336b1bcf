import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** TypeScript in `<script lang="ts">`, for svelte-package, svelte-check and vitest alike. */
export default { preprocess: vitePreprocess() };
