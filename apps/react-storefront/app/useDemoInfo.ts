import { demoInfoQuery } from '@bc-headless/demo-kit/browser';
import { useQuery } from '@tanstack/react-query';

/** `GET /api/demo/info` (which backend, where the sandbox inspector is), once per page. */
export const useDemoInfo = () => useQuery(demoInfoQuery());
