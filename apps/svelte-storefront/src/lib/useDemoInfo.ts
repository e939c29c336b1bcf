import { demoInfoQuery, type DemoInfo } from '@bc-headless/demo-kit/browser';
import { createQuery, type CreateQueryResult } from '@tanstack/svelte-query';

/** `GET /api/demo/info` (which backend, where the sandbox inspector is), once per page. */
export const useDemoInfo = (): CreateQueryResult<DemoInfo> => createQuery(() => demoInfoQuery());
