// The Vue storefront's server: `node server.js --dev` (Vite middleware) or `node server.js`
// (the built app in dist/), with the storefront handler at /api/storefront. PORT (default 4102),
// HOST, SANDBOX_URL, BIGCOMMERCE_* as in @bc-headless/demo-kit.
import { runDemoServer } from '@bc-headless/demo-kit';
import { fileURLToPath } from 'node:url';

await runDemoServer('vue-storefront', fileURLToPath(new URL('.', import.meta.url)), 4102);
