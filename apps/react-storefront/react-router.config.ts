import type { Config } from '@react-router/dev/config';

// Server rendering on (the point of this app); the build goes to dist/ like the other workspace
// packages (turbo's outputs, .gitignore): dist/client (static, hashed assets) and dist/server.
export default {
  appDirectory: 'app',
  buildDirectory: 'dist',
  ssr: true,
  // Every route in the first page's manifest (a dozen routes): a client navigation starts at once,
  // with no /__manifest round trip before the page's own data request.
  routeDiscovery: { mode: 'initial' },
} satisfies Config;
