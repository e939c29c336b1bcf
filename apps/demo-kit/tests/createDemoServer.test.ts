import { createSandbox, type Sandbox } from '@bc-headless/sandbox';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, type DemoServer } from '../src/createDemoServer.js';
import { resolveBackend } from '../src/resolveBackend.js';

const SECRET = 'demo-kit-test-secret-0123456789';
let sandbox: Sandbox;
let demo: DemoServer;

beforeAll(async () => {
  sandbox = await createSandbox({ trustedProxySecret: SECRET });
  const root = mkdtempSync(join(tmpdir(), 'demo-kit-app-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>demo</title>');
  demo = await createDemoServer({ root, mode: 'prod', port: 0, env: { SANDBOX_URL: sandbox.url, BIGCOMMERCE_TRUSTED_PROXY_SECRET: SECRET } });
});
afterAll(async () => {
  await demo?.close();
  await sandbox?.close();
});

describe('createDemoServer against the sandbox', () => {
  it('serves the app and tells the browser only the backend kind and inspector URL', async () => {
    expect(await (await fetch(`${demo.url}/`)).text()).toContain('<title>demo</title>');
    const info = await (await fetch(`${demo.url}/api/demo/info`)).json();
    expect(info).toEqual({ backend: 'sandbox', inspectorUrl: `${sandbox.url}/__sandbox` });
    expect(JSON.stringify(info)).not.toContain(SECRET);
    expect(JSON.stringify(info)).not.toContain(sandbox.storefrontToken);
    expect(JSON.stringify(info)).not.toContain(sandbox.privateToken);
  });

  it('proxies GraphQL through the storefront handler with the trusted-proxy headers', async () => {
    const correlationId = crypto.randomUUID();
    const response = await fetch(`${demo.url}/api/storefront/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: demo.url, 'x-correlation-id': correlationId, 'true-client-ip': '203.0.113.9' },
      body: JSON.stringify({ query: 'query Names { site { products(first: 2) { edges { node { name } } } } }' }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.site.products.edges).toHaveLength(2);
    const log = await (await fetch(`${sandbox.url}/__sandbox/requests?correlationId=${correlationId}`)).json();
    const entries = log.data;
    expect(entries).toHaveLength(1);
    // Attributed through the trusted proxy to the socket's address, not the browser-sent header.
    expect(entries[0].clientIp).toBe('127.0.0.1');
  });
});

describe('resolveBackend', () => {
  it('names the fix when the sandbox is not running', async () => {
    await expect(resolveBackend({ SANDBOX_URL: 'http://127.0.0.1:9' })).rejects.toThrow(/pnpm sandbox/);
  });

  it("gives the demo server the sandbox's private token", async () => {
    const backend = await resolveBackend({ SANDBOX_URL: sandbox.url });
    expect(backend.serverConfig.storefrontToken).toBe(sandbox.privateToken);
  });

  it('refuses a half-configured real store', async () => {
    await expect(resolveBackend({ BIGCOMMERCE_STORE_HASH: 'abc123' })).rejects.toThrow(/BIGCOMMERCE_STOREFRONT_TOKEN/);
  });

  it('builds BigCommerce hosts for a real store and channel', async () => {
    const backend = await resolveBackend({ BIGCOMMERCE_STORE_HASH: 'abc123', BIGCOMMERCE_CHANNEL_ID: '2', BIGCOMMERCE_STOREFRONT_TOKEN: 't', BIGCOMMERCE_TRUSTED_PROXY_SECRET: SECRET });
    expect(backend).toMatchObject({ kind: 'bigcommerce', storeOrigin: 'https://store-abc123-2.mybigcommerce.com', inspectorUrl: null });
    expect(backend.serverConfig).toMatchObject({ storeHash: 'abc123', channelId: 2, trustedProxySecret: SECRET });
  });
});

describe('createDemoServer on bad HTTP', () => {
  it('answers malformed request framing with a 400 that says so', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(demo.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(answer).toContain('Malformed HTTP request.');
  });
});
