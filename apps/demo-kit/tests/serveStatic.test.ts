import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../src/serveStatic.js';

let server: Server;
let url: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-kit-static-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>shop</title>');
  writeFileSync(join(dir, 'dist', 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  const handler = serveStatic(join(dir, 'dist'));
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serveStatic', () => {
  it('serves built assets with a long cache and the right type', async () => {
    const response = await fetch(`${url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html, never cached', async () => {
    const response = await fetch(`${url}/product/12?x=1`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>shop</title>');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])('never reads outside dist: %s', async (path) => {
    const response = await fetch(`${url}${path}`);
    expect(await response.text()).not.toContain('not for the web');
  });

  it('refuses writes', async () => {
    const response = await fetch(`${url}/`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});
