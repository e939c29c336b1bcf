import { useT } from '../i18n.js';
import { useRequestLog } from '../requestLogContext.js';
import { useDemoInfo } from '../useDemoInfo.js';

/** The latest operations with their correlation ids, linking to the sandbox's request inspector. */
export function RequestsPanel() {
  const { t } = useT();
  const requests = useRequestLog();
  const info = useDemoInfo();
  const inspector = info.data?.inspectorUrl ?? null;
  return (
    <aside className="panel requests" aria-labelledby="requests-title">
      <h2 id="requests-title">{t('requests.title')}</h2>
      {inspector && <a className="inspector-link" href={inspector} target="_blank" rel="noreferrer">{t('requests.inspector')} ↗</a>}
      <p className="muted" style={{ margin: 0 }}>{t('requests.hint')}</p>
      {requests.length === 0 ? (
        <p className="muted">{t('requests.empty')}</p>
      ) : (
        <ol>
          {requests.map(({ entry: r, key }) => (
            <li key={key}>
              <span className="op" title={r.operation}>{r.operation.replace(/^BcHeadless/, '')}</span>
              <span className={r.failed ? 'code failed' : 'code'}>{r.status ?? (r.failed ? '✕' : '…')}{r.durationMs != null ? ` · ${r.durationMs} ms` : ''}</span>
              {r.correlationId && (
                <span className="cid">
                  {inspector ? <a href={`${inspector}?correlationId=${encodeURIComponent(r.correlationId)}`} target="_blank" rel="noreferrer">{r.correlationId}</a> : r.correlationId}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
