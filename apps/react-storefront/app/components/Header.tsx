import { LANGUAGES } from '@bc-headless/demo-kit/browser';
import { cartItemCount } from '@bc-headless/core/queries';
import { useCart, useCustomer, useLogout, useStorefront } from '@bc-headless/react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n.js';
import { useNavigate } from 'react-router';
import { routing } from '../localeRouting.js';
import { Link, useAppNavigate, useLocation } from '../router.js';
import { CategoryNav } from './CategoryNav.js';

/** Store name, search, language, account and the cart link, with the category navigation below. */
export function Header() {
  const { t, lang } = useT();
  const { queries } = useStorefront();
  const settings = useQuery(queries.settings());
  const cart = useCart();
  const customer = useCustomer();
  const logout = useLogout();
  const { pathname, params, href } = useLocation();
  const navigate = useAppNavigate();
  const navigateRaw = useNavigate();
  const [term, setTerm] = useState(pathname === '/search' ? (params.get('q') ?? '') : '');

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (term.trim()) navigate(`/search?q=${encodeURIComponent(term.trim())}`);
  };
  const storeName = settings.data?.storeName ?? 'Trailhead Coffee & Goods';

  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">☕</span>
          {storeName}
        </Link>
        <form className="search" role="search" onSubmit={search}>
          <label className="visually-hidden" htmlFor="search">{t('search.label')}</label>
          <input id="search" type="search" placeholder={t('search.label')} value={term} onChange={(e) => setTerm(e.target.value)} />
          <button className="button secondary" type="submit">{t('search.button')}</button>
        </form>
        <div className="header-actions">
          <label className="language">
            {/* "Language" in every locale on purpose: see LANGUAGES in @bc-headless/demo-kit. */}
            <span className="visually-hidden">Language</span>
            <select aria-label="Language" value={lang} onChange={(e) => void navigateRaw(routing.href(href, e.target.value))}>
              {LANGUAGES.map((l) => <option key={l.code} value={l.code}>{l.label}</option>)}
            </select>
          </label>
          {customer.data ? (
            <>
              <Link className="greeting" href="/account">{t('account.hello', { name: customer.data.firstName })}</Link>
              <button className="button ghost" type="button" disabled={logout.isPending} onClick={() => logout.mutate()}>{t('account.signOut')}</button>
            </>
          ) : (
            <Link className="button ghost" href={`/login?redirectTo=${encodeURIComponent(pathname === '/login' ? '/' : href)}`}>{t('account.signIn')}</Link>
          )}
          <Link className="cart-link" href="/cart">{t('cart.link', { count: cartItemCount(cart.data) })}</Link>
        </div>
      </div>
      <CategoryNav />
    </header>
  );
}
