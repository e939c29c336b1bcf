import { useEffect } from 'react';
import { Footer } from './components/Footer.js';
import { Header } from './components/Header.js';
import { RequestsPanel } from './components/RequestsPanel.js';
import { StatusBanner } from './components/StatusBanner.js';
import { useT } from './i18n.js';
import { CartPage } from './pages/CartPage.js';
import { CatalogPage } from './pages/CatalogPage.js';
import { CheckoutPage } from './pages/CheckoutPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OrderPage } from './pages/OrderPage.js';
import { ProductPage } from './pages/ProductPage.js';
import { useLocation } from './router.js';

/** Picks the page for the current path. */
function Page() {
  const { pathname, params } = useLocation();
  let match: RegExpExecArray | null;
  if (pathname === '/') return <CatalogPage after={params.get('after')} before={params.get('before')} page={Number(params.get('page') ?? 1)} />;
  if ((match = /^\/category\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname)))
    return <CatalogPage key={match[1]} categoryEntityId={Number(match[1])} after={params.get('after')} before={params.get('before')} page={Number(params.get('page') ?? 1)} />;
  if (pathname === '/search') return <CatalogPage key={params.get('q')} searchTerm={params.get('q') ?? ''} after={params.get('after')} before={params.get('before')} page={Number(params.get('page') ?? 1)} />;
  if ((match = /^\/product\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname))) return <ProductPage key={match[1]} entityId={Number(match[1])} />;
  if (pathname === '/cart') return <CartPage />;
  if (pathname === '/checkout') return <CheckoutPage />;
  if (pathname === '/login') return <LoginPage redirectTo={params.get('redirectTo')} />;
  if ((match = /^\/order\/(\d+)$/.exec(pathname))) return <OrderPage orderId={Number(match[1])} correlationId={params.get('correlationId')} />;
  return <NotFoundPage />;
}

/** The shop: header, the page, the Requests panel beside it. */
export function App() {
  const { lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <div className="shell">
      <StatusBanner />
      <Header />
      <main className="main container layout">
        <div>
          <Page />
        </div>
        <RequestsPanel />
      </main>
      <Footer />
    </div>
  );
}
