import { useCustomer, useLogout } from '@bc-headless/react';
import { Navigate, redirect } from 'react-router';
import { useT } from '../i18n.js';
import { routing } from '../localeRouting.js';
import { useUrlLocale } from '../router.js';
import { shopperContext } from '../shopperAction.server.js';
import type { Route } from './+types/account';

const SIGN_IN = '/login?redirectTo=%2Faccount';

/** A guest is sent to sign in first (and comes back here). */
export function loader({ request, context }: Route.LoaderArgs) {
  const { ctx } = shopperContext(request, context);
  if (!ctx.state.customer) throw redirect(routing.href(SIGN_IN, routing.parse(request.url).locale));
  return null;
}

// Client navigations decide in the component (no server round trip).
export function clientLoader() {
  return null;
}

/** `/account`: the signed-in customer's details. */
export default function Account() {
  const { t } = useT();
  const customer = useCustomer();
  const logout = useLogout();
  const locale = useUrlLocale();
  if (customer.isPending) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (!customer.data) return <Navigate to={routing.href(SIGN_IN, locale)} replace />;
  return (
    <section className="panel auth" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.hello', { name: customer.data.firstName })}</h1>
      <dl>
        <dt>{t('checkout.firstName')} / {t('checkout.lastName')}</dt>
        <dd>{customer.data.firstName} {customer.data.lastName}</dd>
        <dt>{t('checkout.email')}</dt>
        <dd>{customer.data.email}</dd>
      </dl>
      <button className="button secondary" type="button" disabled={logout.isPending} onClick={() => logout.mutate()}>{t('account.signOut')}</button>
    </section>
  );
}
