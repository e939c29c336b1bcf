/** What the demo server tells the browser: which backend, and where the sandbox inspector is. */
export interface DemoInfo {
  backend: 'sandbox' | 'bigcommerce';
  inspectorUrl: string | null;
}

/** `GET /api/demo/info` (on `origin`, default this page's server). */
export async function fetchDemoInfo({ origin = '', signal }: { origin?: string; signal?: AbortSignal } = {}): Promise<DemoInfo> {
  const response = await fetch(`${origin}/api/demo/info`, { signal });
  if (!response.ok) throw new Error(`GET /api/demo/info answered ${response.status}`);
  return (await response.json()) as DemoInfo;
}

/**
 * The query options for the demo info, for any framework's `useQuery`/`createQuery`: fetched once
 * per page (it cannot change while the server runs).
 */
export function demoInfoQuery({ origin }: { origin?: string } = {}) {
  return {
    queryKey: ['demo', 'info'] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => fetchDemoInfo({ origin, signal }),
    staleTime: Infinity,
  };
}
