import { formatMoney } from '@bc-headless/core/queries';
import { useCart, useCheckoutRedirect, useRemoveCartLine, useUpdateCartLine } from '@bc-headless/react';
import { QueryError } from '../components/QueryError.js';
import { useT } from '../i18n.js';
import { Link } from '../router.js';

/** The cart: lines with quantity steppers and remove, the subtotal, both ways to check out. */
export function CartPage() {
  const { t, lang } = useT();
  const cart = useCart();
  const update = useUpdateCartLine();
  const remove = useRemoveCartLine();
  const hosted = useCheckoutRedirect();
  const busy = update.isPending || remove.isPending;

  if (cart.isPending) return <p className="loading" role="status">{t('cart.loading')}</p>;
  if (cart.isError) return <QueryError message={t('cart.error')} error={cart.error} retry={() => void cart.refetch()} />;
  const data = cart.data;
  if (!data || data.lineItems.physicalItems.length === 0) {
    return (
      <section className="panel" aria-labelledby="cart-title">
        <h1 id="cart-title">{t('cart.title')}</h1>
        <p>{t('cart.empty')}</p>
        <Link className="button" href="/">{t('cart.continue')}</Link>
      </section>
    );
  }

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">{t('cart.title')}</h1>
      <div className="panel">
        <ul className="cart-lines" aria-busy={busy}>
          {data.lineItems.physicalItems.map((line) => (
            <li key={line.entityId} className="cart-line">
              {line.image ? <img src={line.image.url} alt="" width={80} height={80} /> : <span />}
              <div>
                <strong>{line.name}</strong>
                {line.selectedOptions.length > 0 && <div className="options">{line.selectedOptions.map((o) => `${o.name}: ${o.value ?? ''}`).join(' · ')}</div>}
                <div className="muted">{formatMoney(line.salePrice, lang)}</div>
              </div>
              <div className="line-actions">
                {/* Without JavaScript each button posts this form to the route's action (routes/cart.tsx). */}
                <form method="post" id={`line-${line.entityId}`}>
                  <input type="hidden" name="line" value={line.entityId} />
                  <input type="hidden" name="quantity" value={line.quantity} />
                  <input type="hidden" name="productEntityId" value={line.productEntityId} />
                  {line.variantEntityId != null && <input type="hidden" name="variantEntityId" value={line.variantEntityId} />}
                </form>
                <div className="qty">
                  <button type="submit" form={`line-${line.entityId}`} name="intent" value="decrease" aria-label={t('cart.decrease', { name: line.name })} disabled={busy} onClick={(e) => { e.preventDefault(); update.mutate({ lineItemEntityId: line.entityId, quantity: line.quantity - 1 }); }}>−</button>
                  <input aria-label={t('cart.quantityOf', { name: line.name })} value={line.quantity} readOnly />
                  <button type="submit" form={`line-${line.entityId}`} name="intent" value="increase" aria-label={t('cart.increase', { name: line.name })} disabled={busy} onClick={(e) => { e.preventDefault(); update.mutate({ lineItemEntityId: line.entityId, quantity: line.quantity + 1 }); }}>+</button>
                </div>
                <strong>{formatMoney(line.extendedSalePrice, lang)}</strong>
                <button className="button ghost small" type="submit" form={`line-${line.entityId}`} name="intent" value="remove" disabled={busy} onClick={(e) => { e.preventDefault(); remove.mutate({ lineItemEntityId: line.entityId }); }}>{t('cart.remove')}</button>
              </div>
            </li>
          ))}
        </ul>
        {(update.isError || remove.isError) && <p className="notice error" role="alert">{t('cart.error')} {(update.error ?? remove.error)?.message}</p>}
      </div>
      <div className="panel">
        <dl className="totals">
          <dt>{t('cart.subtotal')}</dt>
          <dd>{formatMoney(data.amount, lang)}</dd>
        </dl>
        <div className="stack" style={{ marginTop: '1rem' }}>
          <Link className="button block" href="/checkout">{t('cart.checkout')}</Link>
          <button className="button secondary block" type="button" onClick={hosted.redirect}>{t('cart.hosted')}</button>
          <p className="muted" style={{ margin: 0 }}>{t('cart.hostedNote')}</p>
        </div>
      </div>
    </section>
  );
}
