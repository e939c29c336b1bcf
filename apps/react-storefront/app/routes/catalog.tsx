import { CatalogPage } from '../pages/CatalogPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { useDemoRoute } from '../router.js';

/** Home (`/`), a category (`/category/:id/:slug?`) and a search (`/search?q=`): one product grid. */
export default function Catalog() {
  const route = useDemoRoute();
  if (route.name === 'home') return <CatalogPage after={route.after} before={route.before} page={route.page} />;
  if (route.name === 'category') return <CatalogPage key={route.key} categoryEntityId={route.categoryEntityId} after={route.after} before={route.before} page={route.page} />;
  if (route.name === 'search') return <CatalogPage key={route.key} searchTerm={route.searchTerm} after={route.after} before={route.before} page={route.page} />;
  return <NotFoundPage />;
}
