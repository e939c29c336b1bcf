import { notifyManager, type QueryClient } from '@tanstack/query-core';

/**
 * Follows whether the store stops answering, for the demos' status banner: `onChange(failing)`
 * runs at once and whenever any shown (active) query enters or leaves an error (the demo's own
 * `['demo', …]` queries aside). While failing, the failed queries are retried every `retryMs`, so
 * the page comes back by itself when the store returns, without a reload. Cache events are
 * batched, as TanStack's own hooks do: a query created while a component renders never triggers
 * `onChange` in the middle of that render. Returns the stop function.
 */
export function watchStoreOutage(queryClient: QueryClient, onChange: (failing: boolean) => void, { retryMs = 2000 }: { retryMs?: number } = {}): () => void {
  const cache = queryClient.getQueryCache();
  let failing = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  const update = (now: boolean) => {
    if (now === failing) return;
    failing = now;
    clearInterval(timer);
    timer = now ? setInterval(() => void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' }), retryMs) : undefined;
    onChange(now);
  };
  const check = () => update(cache.findAll({ type: 'active' }).some((query) => query.state.status === 'error' && query.queryKey[0] !== 'demo'));
  check();
  if (!failing) onChange(false);
  const unsubscribe = cache.subscribe(notifyManager.batchCalls(check));
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
