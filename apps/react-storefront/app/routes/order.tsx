import { NotFoundPage } from '../pages/NotFoundPage.js';
import { OrderPage } from '../pages/OrderPage.js';
import { useDemoRoute } from '../router.js';

/** `/order/:id?correlationId=`: the order confirmation. */
export default function Order() {
  const route = useDemoRoute();
  return route.name === 'order' ? <OrderPage orderId={route.orderId} correlationId={route.correlationId} /> : <NotFoundPage />;
}
