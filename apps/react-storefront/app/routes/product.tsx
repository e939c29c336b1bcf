import { ProductPage } from '../pages/ProductPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { useDemoRoute } from '../router.js';

/** `/product/:id/:slug?` (an unknown product answers 404: the root loader). */
export default function Product() {
  const route = useDemoRoute();
  return route.name === 'product' ? <ProductPage key={route.key} entityId={route.entityId} /> : <NotFoundPage />;
}
