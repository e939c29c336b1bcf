import { notifyManager, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useT } from '../i18n.js';

const RETRY_MS = 2000;

/**
 * Says when the store stops answering and brings the page back when it returns, without a
 * reload: while any shown query has failed, failed queries are retried every two seconds.
 */
export function StatusBanner() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  // As TanStack's own `useIsFetching` does: cache events are batched, so a query created while
  // another component renders never updates this one in the middle of that render.
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(notifyManager.batchCalls(onChange)), [cache]);
  const failing = useSyncExternalStore(
    subscribe,
    () => cache.findAll({ type: 'active' }).some((query) => query.state.status === 'error' && query.queryKey[0] !== 'demo'),
    () => false,
  );

  useEffect(() => {
    if (!failing) return;
    const timer = setInterval(() => {
      void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [failing, queryClient]);

  if (!failing) return null;
  return <div className="status-banner" role="alert">{t('status.offline')}</div>;
}
