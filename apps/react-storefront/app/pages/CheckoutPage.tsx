import { checkoutSummary, formatMoney, type CheckoutAddress } from '@bc-headless/core/queries';
import { COUNTRIES, initialAddress, initialCard, submitCheckout } from '@bc-headless/demo-kit/browser';
import { useCart, useCheckout, useCheckoutRedirect, useCustomer, usePlaceOrder } from '@bc-headless/react';
import { useState, type FormEvent } from 'react';
import { QueryError } from '../components/QueryError.js';
import { useT } from '../i18n.js';
import { Link, useAppNavigate } from '../router.js';

/** One-page checkout on our own page, or hosted checkout. */
export function CheckoutPage() {
  const { t } = useT();
  const cart = useCart();
  const customer = useCustomer();
  const { checkout } = useCheckout();
  if (cart.isPending || checkout.isPending || customer.isPending) return <p className="loading" role="status">{t('checkout.loading')}</p>;
  if (checkout.isError) return <QueryError message={t('checkout.loading')} error={checkout.error} retry={() => void checkout.refetch()} />;
  if (!cart.data || !checkout.data) {
    return (
      <section className="panel">
        <h1>{t('checkout.title')}</h1>
        <p>{t('checkout.empty')}</p>
        <Link className="button" href="/">{t('cart.continue')}</Link>
      </section>
    );
  }
  return <CheckoutForm key={checkout.data.entityId} initial={initialAddress(checkout.data, customer.data)} />;
}

function CheckoutForm({ initial }: { initial: CheckoutAddress }) {
  const { t, lang } = useT();
  const { checkout, setBillingAddress, setShippingConsignment, selectShippingOption, applyCoupon } = useCheckout();
  const placeOrder = usePlaceOrder();
  const navigate = useAppNavigate();
  const hosted = useCheckoutRedirect();
  const [address, setAddress] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [coupon, setCoupon] = useState('');
  const [card, setCard] = useState(() => initialCard(initial));
  const [error, setError] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const data = checkout.data!;
  const consignment = data.shippingConsignments?.[0];
  const field = (key: keyof CheckoutAddress) => ({
    value: String(address[key] ?? ''),
    onChange: (e: { target: { value: string } }) => {
      setAddress({ ...address, [key]: e.target.value });
      setDirty(true);
    },
  });

  // Saves the address as billing and shipping address; the checkout answer brings the shipping options.
  const saveAddress = async () => {
    await setBillingAddress.mutateAsync({ address });
    const next = await setShippingConsignment.mutateAsync({ address });
    setDirty(false);
    return next;
  };
  const continueToShipping = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    saveAddress().catch((e: Error) => setError(t('checkout.stepError', { message: e.message })));
  };

  // "Place order" finishes whatever step is missing (address, shipping method) and then pays.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setPlacing(true);
    const outcome = await submitCheckout({
      checkout: data,
      addressChanged: dirty,
      card,
      lang,
      saveAddress,
      selectShippingOption: selectShippingOption.mutateAsync,
      placeOrder: placeOrder.mutateAsync,
    });
    if (outcome.error !== undefined) setError(outcome.error);
    else navigate(outcome.orderHref);
    setPlacing(false);
  };

  const summary = checkoutSummary(data);
  const stepPending = setBillingAddress.isPending || setShippingConsignment.isPending;
  // The choice shows at once: the mutation writes it into the cached checkout (and undoes it if refused).
  const chosenOption = consignment?.selectedShippingOption?.entityId;

  return (
    <section aria-labelledby="checkout-title">
      <div className="page-head">
        <h1 id="checkout-title">{t('checkout.title')}</h1>
        <button className="button secondary" type="button" onClick={hosted.redirect}>{t('cart.hosted')}</button>
      </div>
      {/* This page's steps run in the browser; without JavaScript, the store's hosted checkout (a plain link through the storefront handler) still works. */}
      <noscript>
        <p className="notice">
          This checkout needs JavaScript. <a href="/api/storefront/checkout">{t('cart.hosted')}</a>
        </p>
      </noscript>

      <form className="panel" onSubmit={continueToShipping} aria-labelledby="address-title">
        <h2 id="address-title">{t('checkout.address')}</h2>
        <div className="form-grid">
          <div className="field"><label htmlFor="firstName">{t('checkout.firstName')}</label><input id="firstName" required autoComplete="given-name" {...field('firstName')} /></div>
          <div className="field"><label htmlFor="lastName">{t('checkout.lastName')}</label><input id="lastName" required autoComplete="family-name" {...field('lastName')} /></div>
          <div className="field wide"><label htmlFor="email">{t('checkout.email')}</label><input id="email" type="email" required autoComplete="email" {...field('email')} /></div>
          <div className="field wide"><label htmlFor="address1">{t('checkout.address1')}</label><input id="address1" required autoComplete="address-line1" {...field('address1')} /></div>
          <div className="field"><label htmlFor="city">{t('checkout.city')}</label><input id="city" required autoComplete="address-level2" {...field('city')} /></div>
          <div className="field"><label htmlFor="state">{t('checkout.state')}</label><input id="state" autoComplete="address-level1" {...field('stateOrProvince')} /></div>
          <div className="field"><label htmlFor="postalCode">{t('checkout.postalCode')}</label><input id="postalCode" required autoComplete="postal-code" {...field('postalCode')} /></div>
          <div className="field">
            <label htmlFor="country">{t('checkout.country')}</label>
            <select id="country" {...field('countryCode')}>{COUNTRIES.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}</select>
          </div>
        </div>
        <div style={{ marginTop: '1rem' }}>
          <button className="button secondary" type="submit" disabled={stepPending}>{t('checkout.continue')}</button>
        </div>
      </form>

      <div className="panel" aria-labelledby="shipping-title">
        <h2 id="shipping-title">{t('checkout.shipping')}</h2>
        {consignment?.availableShippingOptions?.length ? (
          <div className="shipping-options" role="radiogroup" aria-labelledby="shipping-title">
            {consignment.availableShippingOptions.map((option) => (
              <label key={option.entityId}>
                <span>
                  <input
                    type="radio"
                    name="shipping"
                    checked={chosenOption === option.entityId}
                    onChange={() => selectShippingOption.mutate({ shippingOptionEntityId: option.entityId })}
                  />{' '}
                  {option.description} <span className="muted">{option.transitTime}</span>
                </span>
                <strong>{formatMoney(option.cost, lang)}</strong>
              </label>
            ))}
          </div>
        ) : (
          <p className="muted">{t('checkout.shippingHint')}</p>
        )}
        {selectShippingOption.isError && <p className="notice error" role="alert">{t('checkout.stepError', { message: selectShippingOption.error.message })}</p>}
      </div>

      <form
        className="panel inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (coupon.trim()) applyCoupon.mutate({ couponCode: coupon.trim() }, { onSuccess: () => setCoupon('') });
        }}
      >
        <div className="field">
          <label htmlFor="coupon">{t('checkout.coupon')}</label>
          <input id="coupon" value={coupon} placeholder={t('checkout.couponHint')} onChange={(e) => setCoupon(e.target.value)} />
        </div>
        <button className="button secondary" type="submit" disabled={applyCoupon.isPending}>{t('checkout.apply')}</button>
      </form>
      {applyCoupon.isError && <p className="notice error" role="alert">{t('checkout.stepError', { message: applyCoupon.error.message })}</p>}

      <div className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('checkout.summary')}</h2>
        <dl className="totals">
          <dt>{t('checkout.subtotal')}</dt><dd>{formatMoney(summary.subtotal, lang)}</dd>
          {summary.discount && (<><dt>{t('checkout.discount')} ({summary.couponCodes.join(', ')})</dt><dd>−{formatMoney(summary.discount, lang)}</dd></>)}
          <dt>{t('checkout.shippingCost')}</dt><dd>{summary.shipping ? formatMoney(summary.shipping, lang) : '—'}</dd>
          <dt>{t('checkout.tax')}</dt><dd>{formatMoney(summary.tax, lang)}</dd>
          <dt className="grand">{t('checkout.total')}</dt><dd className="grand">{formatMoney(summary.total, lang)}</dd>
        </dl>
      </div>

      <form className="panel" onSubmit={submit} aria-labelledby="payment-title">
        <h2 id="payment-title">{t('checkout.payment')}</h2>
        <div className="form-grid">
          <div className="field wide"><label htmlFor="cardNumber">{t('checkout.cardNumber')}</label><input id="cardNumber" inputMode="numeric" autoComplete="cc-number" required value={card.number} onChange={(e) => setCard({ ...card, number: e.target.value })} /></div>
          <div className="field wide"><label htmlFor="cardName">{t('checkout.nameOnCard')}</label><input id="cardName" autoComplete="cc-name" required value={card.name} onChange={(e) => setCard({ ...card, name: e.target.value })} /></div>
          <div className="field"><label htmlFor="expiryMonth">{t('checkout.expiryMonth')}</label><input id="expiryMonth" inputMode="numeric" autoComplete="cc-exp-month" required value={card.expiryMonth} onChange={(e) => setCard({ ...card, expiryMonth: e.target.value })} /></div>
          <div className="field"><label htmlFor="expiryYear">{t('checkout.expiryYear')}</label><input id="expiryYear" inputMode="numeric" autoComplete="cc-exp-year" required value={card.expiryYear} onChange={(e) => setCard({ ...card, expiryYear: e.target.value })} /></div>
          <div className="field"><label htmlFor="cvv">{t('checkout.cvv')}</label><input id="cvv" inputMode="numeric" autoComplete="cc-csc" required value={card.cvv} onChange={(e) => setCard({ ...card, cvv: e.target.value })} /></div>
        </div>
        <p className="muted">{t('checkout.testCards')}</p>
        {error && <p className="notice error" role="alert">{error}</p>}
        <button className="button block" type="submit" disabled={placing}>{placing ? t('checkout.placing') : t('checkout.placeOrder')}</button>
      </form>
    </section>
  );
}
