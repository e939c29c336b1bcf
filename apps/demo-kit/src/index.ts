/** Shared server and look of the bc-headless demo storefronts (private; not published). */
export { createDemoServer, type DemoServer, type DemoServerOptions } from './createDemoServer.js';
export { resolveBackend, type DemoBackend, type DemoEnv } from './resolveBackend.js';
export { serveStatic } from './serveStatic.js';
export { runDemoServer } from './runDemoServer.js';
export { serveDemoApp, type ServeDemoAppOptions, type DemoAppContext, type DemoRequestHandler } from './serveDemoApp.js';
export { demoPageHead, type DemoPageHeadInput } from './demoPageHead.js';
export { demoCrawlerFiles, AI_CATALOG_PATH, type DemoCrawlerFilesOptions } from './demoCrawlerFiles.js';
