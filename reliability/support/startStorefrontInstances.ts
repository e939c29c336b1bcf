import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { closeServer, listen } from './listen.js';

const serverModule = new URL('../../packages/core/dist/server/index.js', import.meta.url).href;

/** What every instance is configured with (one storefront, deployed N times). */
export interface InstanceConfig {
  sandboxUrl: string;
  storeHash: string;
  privateToken: string;
  trustedProxySecret: string;
  redisUrl: string;
  webhookSecret: string;
}

/** N storefront server processes behind a round-robin balancer. */
export interface Instances {
  /** The balancer's origin: what shoppers and BigCommerce's webhooks reach. */
  url: string;
  /** Each instance's own origin. */
  direct: string[];
  /** Requests the balancer sent to each instance. */
  served: number[];
  /** Lines each instance logged through `onStoreStateChange` ("down"/"up"). */
  storeEvents: string[];
  close(): Promise<void>;
}

// One instance: the storefront's server as an app would write it, from the built package.
const INSTANCE = `
import { createServer } from 'node:http';
import { createRedisStore, createServerCache, createServerClient, createStorefrontHandler, createWebhookHandler, toNodeHandler } from ${JSON.stringify(serverModule)};
const c = JSON.parse(process.env.BC_INSTANCE);
const log = (state) => console.error(JSON.stringify({ storeState: state }));
const store = createRedisStore({ url: c.redisUrl });
const cache = createServerCache({ store, onStoreStateChange: log });
const client = createServerClient({
  storeHash: c.storeHash, storefrontToken: c.privateToken, trustedProxySecret: c.trustedProxySecret,
  endpoints: { graphql: c.sandboxUrl + '/graphql' }, trustedProxies: ['127.0.0.1'], forwardingHeader: 'x-forwarded-for', retry: false, cache,
});
const handler = createStorefrontHandler({ client, store, storeOrigin: c.sandboxUrl, onStoreStateChange: log });
const webhooks = createWebhookHandler({ cache, storeHash: c.storeHash, secret: { header: 'x-bc-headless-webhook', value: c.webhookSecret } });
const node = toNodeHandler(async (request, context) => new URL(request.url).pathname === '/api/webhooks/bigcommerce' ? webhooks(request) : handler(request, context), { basePath: '/api' });
const server = createServer(node).listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })));
`;

function startInstance(config: InstanceConfig, events: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', INSTANCE], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BC_INSTANCE: JSON.stringify(config) } });
  child.stderr!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        const parsed = JSON.parse(line) as { storeState?: string };
        if (parsed.storeState) events.push(parsed.storeState);
      } catch {
        process.stderr.write(`${line}\n`);
      }
    }
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) resolve({ url: (JSON.parse(out.split('\n')[0]!) as { url: string }).url, child });
    });
    child.once('exit', (code) => reject(new Error(`storefront instance exited with ${code} before it was ready (packages/core built?)`)));
  });
}

/**
 * Starts `count` storefront server processes sharing one Redis, and a round-robin balancer in
 * front of them. The balancer is the instances' trusted proxy: it writes `X-Forwarded-For` from
 * the test's `x-test-client-ip` header (each simulated shopper's address), as a real one writes the
 * connection's.
 */
export async function startStorefrontInstances(count: number, config: InstanceConfig): Promise<Instances> {
  const storeEvents: string[] = [];
  const started = await Promise.all(Array.from({ length: count }, () => startInstance(config, storeEvents)));
  const served = started.map(() => 0);
  let next = 0;
  const balancer: Server = createServer((req, res) => {
    const index = next++ % started.length;
    served[index]!++;
    const target = new URL(req.url!, started[index]!.url);
    const headers = { ...req.headers, host: target.host, 'x-forwarded-for': String(req.headers['x-test-client-ip'] ?? '127.0.0.1') };
    delete headers['x-test-client-ip'];
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  const url = await listen(balancer);
  return {
    url,
    direct: started.map((s) => s.url),
    served,
    storeEvents,
    async close() {
      await closeServer(balancer);
      await Promise.all(
        started.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      );
    },
  };
}
