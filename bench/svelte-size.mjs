#!/usr/bin/env node
// Min+gzip size of `@bc-headless/svelte` without its peers and core (`.svelte` files compiled by
// bench/size.mjs's esbuild plugin): its row of bench/size.mjs alone. Needs a build first:
//   pnpm --filter @bc-headless/svelte run build && node bench/svelte-size.mjs
import { printAdapterSize } from './size.mjs';

await printAdapterSize('@bc-headless/svelte');
