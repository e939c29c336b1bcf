import { CartPage } from '../pages/CartPage.js';

/** `/cart`. */
export default function Cart() {
  return <CartPage />;
}
