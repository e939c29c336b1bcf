import { watchStoreOutage } from '@bc-headless/demo-kit/browser';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useT } from '../i18n.js';

/**
 * Says when the store stops answering and brings the page back when it returns, without a
 * reload (demo-kit's `watchStoreOutage` retries the failed queries while it lasts).
 */
export function StatusBanner() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [failing, setFailing] = useState(false);
  useEffect(() => watchStoreOutage(queryClient, setFailing), [queryClient]);

  if (!failing) return null;
  return <div className="status-banner" role="alert">{t('status.offline')}</div>;
}
