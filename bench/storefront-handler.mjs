#!/usr/bin/env node
// Wires the server helper's handler benchmark (packages/core/tests/server/bench/storefrontHandler.bench.mjs:
// the same product query straight to the sandbox, through a minimal pass-through proxy, and through
// createStorefrontHandler + toNodeHandler, interleaved; heap after 10 000 handler requests; then the
// pass-through and the handler each in a process of its own, their CPU per request) into
// `pnpm bench`. It runs as it is, in its own process with --expose-gc; this script reads the JSON
// line it ends with and adds the process's peak RSS (Linux /proc), then writes the section.
// Run after a build: `pnpm build && node bench/storefront-handler.mjs`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../packages/core/tests/server/bench/storefrontHandler.bench.mjs', import.meta.url));

/** Peak and current resident set size of a live process in MB (Linux), or null elsewhere. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { peakMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

/** Runs the benchmark script; resolves with its JSON result, its console output and its RSS. */
export function runHandlerBenchmark() {
  const loadAtStart = os.loadavg()[0];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let result = null;
    let rss = null;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{"bench":"storefront-handler"'));
      if (line && !result) {
        result = JSON.parse(line);
        // Read while the process still holds its servers: the figure after the 10 000 requests.
        rss = rssOf(child.pid);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0 || !result) reject(new Error(`${script} exited with ${code}${result ? '' : ' before printing its JSON result'}`));
      else resolve({ result, output: out, rss, load: [loadAtStart, os.loadavg()[0]] });
    });
  });
}

/** The body of the `## Server handler` section. */
export function handlerMarkdown({ result, rss, load }) {
  const { direct, passThrough, passThroughPlus, handler, throughputRatio, heapGrowthMB } = result;
  const f = (n) => n.toFixed(2);
  const row = (name, r, added) =>
    `| ${name} | ${Math.round(r.rps)} | ${f(r.p50)} ms | ${f(r.p99)} ms | ${added ? `+${f(r.p50 - direct.p50)} ms` : ''} | ${added ? `+${f(r.p99 - direct.p99)} ms` : ''} | ${(r.rps / passThrough.rps).toFixed(3)} |`;
  return [
    'The same product listing query (12 products) on loopback, 8 concurrent keep-alive clients, sent',
    'straight to the sandbox (in its own process), through a minimal pass-through proxy (read body, add',
    'token/secret/True-Client-IP, forward, copy status/body back), through the same proxy plus what the',
    'handler must do on every request by contract (an upstream timeout and an abort when the browser goes',
    'away: an AbortController, a timer and a `close` listener, the signal handed to `fetch`; a fresh',
    '`X-Correlation-Id`; redirects refused, which also spares `fetch` a clone of each request), and through',
    '`createStorefrontHandler` + `toNodeHandler`, in interleaved 250 ms',
    'rounds. All three call upstream with the same client (Node\'s global `fetch`). Added latency is over the direct path.',
    '',
    '| path | req/s | p50 | p99 | added p50 | added p99 | req/s ÷ pass-through |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('direct to the sandbox', direct, false),
    row('minimal pass-through proxy', passThrough, true),
    ...(passThroughPlus ? [row('pass-through + timeout/abort signal + correlation id + redirects refused', passThroughPlus, true)] : []),
    row('storefront handler', handler, true),
    '',
    `- Handler ÷ pass-through throughput: **${throughputRatio.toFixed(3)}** (goal ≥ 0.90)${
      result.throughputRatioRounds
        ? `; per 250 ms round: median ${result.throughputRatioRounds.median.toFixed(3)}, IQR ${result.throughputRatioRounds.q1.toFixed(3)}–${result.throughputRatioRounds.q3.toFixed(3)} over ${result.throughputRatioRounds.rounds} rounds`
        : ''
    }.`,
    ...(passThroughPlus
      ? [
          `- Handler ÷ (pass-through + timeout/abort signal + correlation id + redirects refused): **${(handler.rps / passThroughPlus.rps).toFixed(3)}**, the handler's own cost beyond those features; they change the pass-through's throughput by ${((passThroughPlus.rps / passThrough.rps - 1) * 100).toFixed(0)} % (the timeout's signal costs, refusing redirects saves a request clone).`,
        ]
      : []),
    `- ${throughputRatio >= 0.9 ? 'The goal is met in this run.' : 'The goal is not met in this run.'} Runs on this shared machine vary by about ±0.04 (the per-round`,
    '  IQR above shows one run\'s spread); in alternating runs on 2026-11-27 the handler measured 0.84–0.95.',
    ...(result.ownProcess
      ? [
          '',
          '**Each proxy in a process of its own**, as a storefront server runs in production (never in its clients\' process),',
          'loaded from the benchmark\'s process in interleaved 500 ms rounds. Each server\'s CPU time per request (user + system,',
          'its whole process) is read over each round. When a server is CPU bound, the inverse of its CPU per request is the',
          'most requests per second it can serve, so pass-through ÷ handler is their throughput ratio (goal ≥ 0.90):',
          '',
          '| clients | pass-through CPU / request | handler CPU / request | their clients\' CPU / request | pass-through ÷ handler, per round: median (IQR) |',
          '|---:|---:|---:|---:|---:|',
          ...result.ownProcess.map(
            (o) =>
              `| ${o.concurrency} | ${o.passThroughCpuMicros.toFixed(0)} µs | ${o.handlerCpuMicros.toFixed(0)} µs | ${o.clientCpuMicros.passThrough.toFixed(0)} / ${o.clientCpuMicros.handler.toFixed(0)} µs | **${o.ratio.median.toFixed(3)}** (${o.ratio.q1.toFixed(3)}–${o.ratio.q3.toFixed(3)}, ${o.ratio.rounds} rounds) |`,
          ),
          '',
          '- With more clients queued, a server handles several requests per wake-up of its event loop, and the fixed cost of',
          '  a wake-up, the same for both proxies, weighs less: the 32-client row is the nearer to a saturated server. In runs',
          '  on 2026-11-27 the ratio was 0.89–0.96 with 8 clients and 0.88–0.91 with 32 (0.90 with 64). On this 2-core machine,',
          '  with the sandbox and the clients on the same cores, neither server saturates.',
          '- In the shared-process table above the handler behaves like about 45 µs more main-thread work per request: a',
          '  sequential trace (2026-11-27) puts its extra wall time per request at about 40 µs (31 µs more before the upstream',
          '  call, 17 µs more after it, 14 µs less in `fetch`), and the pass-through made to spin 50 µs per request measured',
          '  0.90–0.91 of itself there (25 µs: 0.97–0.99).',
        ]
      : []),
    '- How it got there (CPU profiles of this benchmark, Node 20.20, 2026-11-27; each step measured in alternating',
    '  runs against the build before it): `send` refuses redirects, which spares Node\'s `fetch` a clone of every',
    '  request and its body stream (0.68–0.77 before); `toNodeHandler` hands a handler of ours a view of the Node',
    '  request and writes its GraphQL answer from status, header lines and text, with no Fetch `Request`/`Response`',
    '  (+0.04); the hot path\'s objects keep one shape instead of conditional spreads (+0.02–0.04); the answer is',
    '  checked in one pass to be a whole JSON object instead of parsed (+0.03–0.06; a page, an empty or cut-short',
    '  body is still a 502 the browser retries); the answer goes out in one `writeHead` (+0.03). Then (2026-11-27,',
    '  each proxy in its own process, 8 clients: the build before measured 0.931, this one 0.955, in one interleaved run of 40 rounds): the browser-went-away signal is a light object',
    '  instead of an `AbortSignal` (≈ 8 µs), a request URL\'s path and host come from a memory of parsed URLs (≈ 3 µs),',
    '  the answer\'s completeness check jumps over strings (5 → 2.6 µs), and the answer\'s text is written as it is,',
    '  its length from `Buffer.byteLength` (≈ 1.5 µs and a copy). What the handler still does that the pass-through',
    '  does not: parse and validate the request body, allow-list and build the upstream headers, read the session',
    '  cookie, resolve the shopper\'s IP, scrub tokens from the answer, pass back the `X-Bc-Graphql-*` headers.',
    `- Memory: heap growth after 10 000 more handler requests (after \`gc()\`): **${f(heapGrowthMB)} MB**${
      rss ? `; peak RSS of the benchmark process (client, both proxies, handler): ${rss.peakMB.toFixed(0)} MB, RSS at the end ${rss.rssMB.toFixed(0)} MB` : ''
    }.`,
    '- Script: `packages/core/tests/server/bench/storefrontHandler.bench.mjs` (run by `bench/storefront-handler.mjs`).',
    '- Command: `pnpm bench` (or `pnpm build && node bench/storefront-handler.mjs`)',
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}; 1-minute load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end (shared with other work)`,
    `- Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}`,
  ].join('\n');
}

/** The run-all.mjs contract. Informational (ratios on a shared machine are reported, not failed). */
export async function run() {
  const measured = await runHandlerBenchmark();
  const { handler, passThrough, passThroughPlus, direct, throughputRatio, heapGrowthMB } = measured.result;
  return {
    ok: true,
    heading: 'Server handler',
    markdown: handlerMarkdown(measured),
    summary: `handler ${Math.round(handler.rps)} req/s vs pass-through ${Math.round(passThrough.rps)} (ratio ${throughputRatio.toFixed(3)}; vs pass-through + timeout/abort ${Math.round(passThroughPlus.rps)}: ${(handler.rps / passThroughPlus.rps).toFixed(3)}); each in its own process, pass-through ÷ handler CPU per request ${measured.result.ownProcess.map((o) => `${o.ratio.median.toFixed(3)} (${o.concurrency} clients)`).join(', ')}; added p50 ${(handler.p50 - direct.p50).toFixed(2)} ms (pass-through ${(passThrough.p50 - direct.p50).toFixed(2)}); heap growth ${heapGrowthMB.toFixed(2)} MB after 10 000 requests`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(result.summary);
  console.log(`\n## ${result.heading}\n\n${result.markdown}`);
}
