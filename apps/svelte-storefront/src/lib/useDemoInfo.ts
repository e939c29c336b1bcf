import { createQuery, type CreateQueryResult } from '@tanstack/svelte-query';

/** What the demo server tells the browser: which backend, and where the sandbox inspector is. */
export interface DemoInfo {
  backend: 'sandbox' | 'bigcommerce';
  inspectorUrl: string | null;
}

/** `GET /api/demo/info`, once per page. */
export function useDemoInfo(): CreateQueryResult<DemoInfo> {
  return createQuery(() => ({
    queryKey: ['demo', 'info'],
    queryFn: async ({ signal }): Promise<DemoInfo> => {
      const response = await fetch('/api/demo/info', { signal });
      if (!response.ok) throw new Error(`GET /api/demo/info answered ${response.status}`);
      return response.json() as Promise<DemoInfo>;
    },
    staleTime: Infinity,
  }));
}
