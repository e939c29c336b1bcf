import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { useDemoInfo } from '../useDemoInfo.js';

/** The order confirmation: the order number and the correlation id of the place-order operation. */
export function OrderPage({ orderId, correlationId }: { orderId: number; correlationId: string | null }) {
  const { t } = useT();
  const info = useDemoInfo();
  const inspector = info.data?.inspectorUrl;
  return (
    <section className="panel confirmation" aria-labelledby="order-title">
      <div className="check" aria-hidden="true">✓</div>
      <h1 id="order-title">{t('order.title')}</h1>
      <p className="muted">{t('order.lead')}</p>
      <dl>
        <dt>{t('order.number')}</dt>
        <dd data-testid="order-number">{orderId}</dd>
        {correlationId && (
          <>
            <dt>{t('order.correlation')}</dt>
            <dd data-testid="correlation-id">{correlationId}</dd>
          </>
        )}
      </dl>
      {inspector && correlationId && (
        <p><a href={`${inspector}?correlationId=${encodeURIComponent(correlationId)}`} target="_blank" rel="noreferrer">{t('order.inspect')}</a></p>
      )}
      <Link className="button" href="/">{t('cart.continue')}</Link>
    </section>
  );
}
