import { useLocale } from '@bc-headless/react';
import { useEffect, type ReactNode } from 'react';
import { sessionLocaleOf } from '../localeRouting.js';
import { useUrlLocale } from '../router.js';
import { useT } from '../i18n.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { RequestsPanel } from './RequestsPanel.js';
import { StatusBanner } from './StatusBanner.js';

/** The shop around every page: header, the page, the Requests panel beside it, the footer. */
export function Shell({ children }: { children: ReactNode }) {
  const { lang } = useT();
  const urlLocale = sessionLocaleOf(useUrlLocale());
  const [locale, setLocale] = useLocale();
  // The URL says the language (the switcher navigates to /fr/...; so do back and forward): the
  // session follows, and the catalog is read again in it.
  useEffect(() => {
    if (locale !== urlLocale) setLocale(urlLocale);
  }, [locale, urlLocale, setLocale]);
  // The language on screen is the shopper's choice: `/` opens in it next time (negotiate.server.ts;
  // the cookie wins over the browser's Accept-Language).
  const language = useUrlLocale();
  useEffect(() => {
    document.cookie = `bc_locale=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }, [language]);
  // The language switcher changes the session's locale in place; the document follows.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="shell">
      <StatusBanner />
      <Header />
      <main className="main container layout">
        <div>{children}</div>
        <RequestsPanel />
      </main>
      <Footer />
    </div>
  );
}
