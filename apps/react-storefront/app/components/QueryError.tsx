import { useT } from '../i18n.js';

/** An error state with the reason and a retry button. */
export function QueryError({ message, error, retry }: { message: string; error: unknown; retry: () => void }) {
  const { t } = useT();
  return (
    <div className="notice error" role="alert">
      <p style={{ margin: '0 0 0.5rem' }}><strong>{message}</strong> <span className="muted">{(error as Error)?.message}</span></p>
      <button className="button secondary small" type="button" onClick={retry}>{t('status.retry')}</button>
    </div>
  );
}
