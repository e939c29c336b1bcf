import { escapeHtml } from '../http/escapeHtml.js';
import type { WebhookDelivery } from '../webhooks/WebhookDispatcher.js';

const SHOWN = 50;

/**
 * The inspector's "Webhook deliveries" section: the latest callback attempts, newest first.
 * Callbacks leave the sandbox, so they are not in the request log; this is where a developer sees
 * that a catalog write reached (or failed to reach) their receiver.
 */
export function renderWebhookDeliveries(deliveries: WebhookDelivery[]): string {
  if (deliveries.length === 0) return '';
  const rows = deliveries
    .slice(-SHOWN)
    .reverse()
    .map(
      (d) => `<tr class="${d.ok ? 'ok' : d.status === null ? 'dropped' : 's5'}">
<td>${escapeHtml(d.time)}</td>
<td class="path">${escapeHtml(d.payload.scope)}</td>
<td class="num">${escapeHtml(d.hookId)}</td>
<td class="path">${escapeHtml(d.destination)}</td>
<td class="num">${escapeHtml(d.attempt)}</td>
<td>${d.ok ? escapeHtml(d.status ?? '') : escapeHtml(d.error ?? '')}</td>
<td>${d.deactivatedHook ? 'hook deactivated' : d.nextRetryInSeconds === null ? '' : `retry in ${escapeHtml(d.nextRetryInSeconds)} s`}</td>
</tr>`,
    )
    .join('\n');
  return `<section>
<h2>Webhook deliveries</h2>
<p class="meta">The latest ${Math.min(deliveries.length, SHOWN)} of ${deliveries.length} attempt(s). JSON with payloads: <a href="/__sandbox/webhooks/deliveries">/__sandbox/webhooks/deliveries</a>.</p>
<table>
<thead><tr><th>time</th><th>scope</th><th>hook</th><th>destination</th><th>attempt</th><th>answer</th><th>next</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
