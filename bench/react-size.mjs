#!/usr/bin/env node
// Min+gzip size of `@bc-headless/react` without its peers and core: its row of bench/size.mjs alone
// (one measurement, one place). Needs a build first:
//   pnpm --filter @bc-headless/react run build && node bench/react-size.mjs
import { printAdapterSize } from './size.mjs';

await printAdapterSize('@bc-headless/react');
