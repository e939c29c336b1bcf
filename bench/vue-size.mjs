#!/usr/bin/env node
// Min+gzip size of `@bc-headless/vue` without its peers and core: its row of bench/size.mjs alone
// (one measurement, one place). Needs a build first:
//   pnpm --filter @bc-headless/vue run build && node bench/vue-size.mjs
import { printAdapterSize } from './size.mjs';

await printAdapterSize('@bc-headless/vue');
