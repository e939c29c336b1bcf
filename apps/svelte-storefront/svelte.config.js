// Read by vite-plugin-svelte and svelte-check. Svelte 5 strips TypeScript itself (no preprocess);
// runes everywhere, so no component silently falls back to the legacy reactivity.
export default { compilerOptions: { runes: true } };
