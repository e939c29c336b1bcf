import { QueryClient } from '@tanstack/react-query';

let shared: QueryClient | null = null;

/**
 * The page's one QueryClient in the browser (the root renders with it, and the head of a
 * client-side navigation reads its cache: clientTitle.ts); `null` on the server, where each request
 * makes its own.
 */
export function browserQueryClient(): QueryClient | null {
  if (typeof document === 'undefined') return null;
  return (shared ??= new QueryClient());
}
