import { matchRoute } from '@bc-headless/demo-kit/browser';
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

/** Picks the page for the current path (the route table is demo-kit's `matchRoute`). */
function Page() {
  const { pathname, params } = useLocation();
  const route = matchRoute(pathname, params);
  switch (route.name) {
    case 'home':
      return <CatalogPage after={route.after} before={route.before} page={route.page} />;
    case 'category':
      return <CatalogPage key={route.key} categoryEntityId={route.categoryEntityId} after={route.after} before={route.before} page={route.page} />;
    case 'search':
      return <CatalogPage key={route.key} searchTerm={route.searchTerm} after={route.after} before={route.before} page={route.page} />;
    case 'product':
      return <ProductPage key={route.key} entityId={route.entityId} />;
    case 'cart':
      return <CartPage />;
    case 'checkout':
      return <CheckoutPage />;
    case 'login':
      return <LoginPage redirectTo={route.redirectTo} />;
    case 'order':
      return <OrderPage orderId={route.orderId} correlationId={route.correlationId} />;
    default:
      return <NotFoundPage />;
  }
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
