import { escapeHtml } from '../http/escapeHtml.js';
import type { WebhookDelivery } from '../webhooks/WebhookDispatcher.js';
import type { RequestLogEntry } from './RequestLog.js';
import { renderWebhookDeliveries } from './renderWebhookDeliveries.js';

const MAX_GROUPS = 200;

interface Group {
  correlationId: string | null;
  entries: RequestLogEntry[];
}

/** Groups entries by correlation id, most recently active group first; uncorrelated requests share one group. */
export function groupByCorrelationId(entries: RequestLogEntry[]): Group[] {
  const groups = new Map<string | null, Group>();
  for (const entry of entries) {
    let group = groups.get(entry.correlationId);
    if (!group) {
      group = { correlationId: entry.correlationId, entries: [] };
      groups.set(entry.correlationId, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].sort((a, b) => b.entries.at(-1)!.id - a.entries.at(-1)!.id);
}

function statusClass(status: number | null): string {
  if (status === null) return 'dropped';
  if (status >= 500) return 's5';
  if (status >= 400) return 's4';
  return 'ok';
}

function renderGroup(group: Group): string {
  const start = Date.parse(group.entries[0]!.time);
  const end = Math.max(...group.entries.map((e) => Date.parse(e.time) + e.durationMs));
  const span = Math.max(end - start, 1);
  const rows = group.entries
    .map((e) => {
      const offset = Date.parse(e.time) - start;
      const left = (offset / span) * 100;
      const width = Math.max((e.durationMs / span) * 100, 0.5);
      const operation = e.operationName ? `${e.operationType ?? ''} ${e.operationName}`.trim() : '';
      return `<tr class="${statusClass(e.status)}">
<td class="num">+${escapeHtml(offset)} ms</td>
<td>${escapeHtml(e.method)}</td>
<td class="path">${escapeHtml(e.path)}</td>
<td>${escapeHtml(operation)}</td>
<td class="num">${e.status === null ? 'dropped' : escapeHtml(e.status)}</td>
<td class="num">${escapeHtml(e.durationMs)} ms</td>
<td>${escapeHtml(e.clientIp)}</td>
<td>${e.customer ? 'customer' : 'guest'}</td>
<td>${escapeHtml(e.fault ?? '')}</td>
<td class="bar"><span style="margin-left:${left.toFixed(2)}%;width:${width.toFixed(2)}%"></span></td>
</tr>`;
    })
    .join('\n');
  const heading =
    group.correlationId === null
      ? 'Requests without X-Correlation-Id'
      : `<a href="/__sandbox?correlationId=${escapeHtml(encodeURIComponent(group.correlationId))}">Operation ${escapeHtml(group.correlationId)}</a>`;
  return `<section>
<h2>${heading}</h2>
<p class="meta">${group.entries.length} request(s) over ${escapeHtml(span)} ms, from ${escapeHtml(group.entries[0]!.time)}</p>
<table>
<thead><tr><th>at</th><th>method</th><th>path</th><th>operation</th><th>status</th><th>duration</th><th>client IP</th><th>context</th><th>fault</th><th>timeline</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

/** The `/__sandbox` page: every logged request, grouped by `X-Correlation-Id` as a timeline, then the webhook deliveries. */
export function renderInspectorPage(entries: RequestLogEntry[], correlationId: string | null = null, refreshSeconds: number | null = null, deliveries: WebhookDelivery[] = []): string {
  const groups = groupByCorrelationId(entries).slice(0, MAX_GROUPS);
  const body = groups.length === 0 ? '<p>No requests yet.</p>' : groups.map(renderGroup).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${refreshSeconds ? `<meta http-equiv="refresh" content="${refreshSeconds}">` : ''}
<title>bc-sandbox · request inspector</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1d2433; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin: 1.5rem 0 .2rem; font-family: ui-monospace, monospace; }
.meta { color: #5b6475; margin: 0 0 .4rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #e4e7ee; white-space: nowrap; }
td.path { font-family: ui-monospace, monospace; white-space: normal; word-break: break-all; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.bar { width: 30%; } td.bar span { display: block; height: .6rem; background: #3c64f4; border-radius: 2px; }
tr.s4 td.bar span { background: #d98a00; } tr.s5 td.bar span, tr.dropped td.bar span { background: #d0312d; }
tr.s4 { background: #fff8e8; } tr.s5, tr.dropped { background: #fdecec; }
</style>
</head>
<body>
<h1>bc-sandbox request inspector</h1>
<p class="meta">${
    correlationId === null
      ? `${entries.length} request(s) logged.`
      : `${entries.length} request(s) of operation ${escapeHtml(correlationId)}. <a href="/__sandbox">Show all</a>.`
  } JSON: <a href="/__sandbox/requests${correlationId === null ? '' : `?correlationId=${escapeHtml(encodeURIComponent(correlationId))}`}">/__sandbox/requests</a>. ${refreshSeconds ? `Refreshing every ${refreshSeconds} s.` : 'Reload to refresh, or add <code>?refresh=2</code>.'}</p>
${body}
${correlationId === null ? renderWebhookDeliveries(deliveries) : ''}
</body>
</html>`;
}
