import { CheckoutPage } from '../pages/CheckoutPage.js';

/** `/checkout`: our own one-page checkout. */
export default function Checkout() {
  return <CheckoutPage />;
}
