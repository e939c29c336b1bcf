import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/createSandbox.js';
import { startSandbox } from '../support/sandboxFixtures.js';

describe('createSandbox', () => {
  it('starts on loopback and a free port by default and resolves to the connection details', async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sandbox.storeHash).toMatch(/^[a-z0-9]{10}$/);
      expect(sandbox.storeId).toMatch(/^\d+$/);
      expect(sandbox.channelId).toBe(1);
      expect(sandbox.storefrontToken.split('.')).toHaveLength(3);
      expect(sandbox.managementToken).toMatch(/^[0-9a-f]{31}$/);
      expect(sandbox.trustedProxySecret).toBeNull();
      expect(sandbox.customers.length).toBeGreaterThan(0);
      expect(sandbox.config.origin).toBe(sandbox.url);
    } finally {
      await sandbox.close();
    }
  });

  it('gives two sandboxes different stores and tokens', async () => {
    const [a, b] = await Promise.all([startSandbox(), startSandbox({ storeHash: 'fixedhash1' })]);
    try {
      expect(a.url).not.toBe(b.url);
      expect(b.storeHash).toBe('fixedhash1');
      expect(a.storefrontToken).not.toBe(b.storefrontToken);
      const res = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${a.privateToken}` },
        body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
      });
      expect(res.status).toBe(401);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('issues tokens that expire after storefrontTokenTtlSeconds on the sandbox clock', async () => {
    const sandbox = await startSandbox({ storefrontTokenTtlSeconds: 60 });
    try {
      const ask = () =>
        fetch(`${sandbox.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}` },
          body: JSON.stringify({ query: '{ site { settings { storeName } } }' }),
        });
      expect((await ask()).status).toBe(200);
      sandbox.clock.advance(61_000);
      const expired = await ask();
      expect(expired.status).toBe(401);
      expect(JSON.stringify(await expired.json())).toContain('GraphQL invalid credentials. JWT is expired');
    } finally {
      await sandbox.close();
    }
  });

  it('refuses bad options with messages naming the fix', async () => {
    await expect(createSandbox({ port: 70000 })).rejects.toThrow(/port must be an integer from 0 to 65535/);
    await expect(createSandbox({ port: 1.5 })).rejects.toThrow(/port must be an integer/);
    await expect(createSandbox({ trustedProxySecret: 'short' })).rejects.toThrow(/at least 8 characters/);
  });

  it('explains a port already in use', async () => {
    const first = await startSandbox();
    try {
      await expect(startSandbox({ port: Number(new URL(first.url).port) })).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
    }
  });

  it('close() is idempotent and really stops the server', async () => {
    const sandbox = await startSandbox();
    await Promise.all([sandbox.close(), sandbox.close()]);
    await expect(fetch(`${sandbox.url}/__sandbox/config`)).rejects.toThrow();
  });
});
