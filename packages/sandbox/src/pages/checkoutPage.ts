import { escapeHtml } from '../http/escapeHtml.js';
import { htmlResponse } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { computeTotals } from '../store/computeTotals.js';
import { renderPage } from './renderPage.js';

function formatMoney(minor: number, currency: string): string {
  return `${(minor / 100).toFixed(2)} ${currency}`;
}

/**
 * `GET /checkout`: a simple hosted checkout showing the cart's lines and who is shopping (the
 * signed-in customer's name and email, or "Guest"). The cart and customer come from the hosted
 * session that `/session-sync` set, or a `cartId` query for a guest.
 */
export function checkoutPage(platform: SandboxPlatform, req: SandboxRequest): SandboxResponse {
  const session = platform.hostedSessions.fromCookieHeader(req.headers['cookie']);
  const cartId = session?.cartId ?? req.url.searchParams.get('cartId');
  const cart = cartId ? platform.store.carts.get(cartId) : undefined;
  const customerId = session?.customerId ?? null;
  const customer = customerId === null ? null : (platform.store.customers.get(customerId) ?? null);
  const who = customer
    ? `<div class="who">Signed in as <strong class="customer-name">${escapeHtml(`${customer.firstName} ${customer.lastName}`)}</strong> (<span class="customer-email">${escapeHtml(customer.email)}</span>)</div>`
    : '<div class="who">Checking out as <strong class="customer-name">Guest</strong></div>';
  if (!cart || cart.lines.length === 0) {
    return htmlResponse(200, renderPage('Checkout', `${who}<p>Your cart is empty.</p>`), { 'cache-control': 'no-store' });
  }
  const rows = cart.lines
    .map(
      (line) => `<tr><td>${escapeHtml(line.name)}<br><small>${escapeHtml(line.sku)}</small></td><td class="num">${escapeHtml(line.quantity)}</td><td class="num">${escapeHtml(formatMoney(line.unitPrice, cart.currencyCode))}</td><td class="num">${escapeHtml(formatMoney(line.unitPrice * line.quantity, cart.currencyCode))}</td></tr>`,
    )
    .join('\n');
  // The same amounts the GraphQL checkout reports: coupons, shipping chosen so far, tax.
  const totals = computeTotals(platform.store, cart, platform.store.checkouts.get(cart.entityId));
  const money = (minor: number) => escapeHtml(formatMoney(minor, cart.currencyCode));
  const summary = [
    ['Subtotal', totals.subtotal],
    ...(totals.discountTotal ? [['Discount', -totals.discountTotal] as const] : []),
    ['Shipping', totals.shippingTotal],
    ['Tax', totals.taxTotal],
  ]
    .map(([label, minor]) => `<tr><td colspan="3">${label}</td><td class="num">${money(minor as number)}</td></tr>`)
    .join('\n');
  const content = `${who}
<table>
<thead><tr><th>Item</th><th class="num">Qty</th><th class="num">Price</th><th class="num">Total</th></tr></thead>
<tbody>
${rows}
</tbody>
<tbody class="summary">
${summary}
</tbody>
<tfoot><tr><td colspan="3">Grand total</td><td class="num grand-total">${money(totals.grandTotal)}</td></tr></tfoot>
</table>
<p><small>Cart ${escapeHtml(cart.entityId)}</small></p>`;
  return htmlResponse(200, renderPage('Checkout', content), { 'cache-control': 'no-store' });
}
