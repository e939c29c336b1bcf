import { describe, expect, it } from 'vitest';
import { createStorefrontClient, StorefrontConfigError, type StorefrontClientConfig } from '../src/index.js';

const base = { storeHash: 'abc123', storefrontToken: 'token' };

describe('createStorefrontClient config', () => {
  it('fills in BigCommerce hosts and defaults for channel 1', () => {
    const { config } = createStorefrontClient(base);
    expect(config.channelId).toBe(1);
    expect(config.endpoints).toEqual({
      graphql: 'https://store-abc123.mybigcommerce.com/graphql',
      payments: 'https://payments.bigcommerce.com/stores/abc123/payments',
    });
    expect(config.timeoutMs).toBe(30000);
    expect(config.retry).toEqual({ retries: 2, baseDelayMs: 300, maxDelayMs: 5000 });
  });

  it('uses the channel host for other channels', () => {
    expect(createStorefrontClient({ ...base, channelId: 1234 }).config.endpoints.graphql).toBe(
      'https://store-abc123-1234.mybigcommerce.com/graphql',
    );
  });

  it('makes the storefront token optional behind an own proxy', () => {
    const { config } = createStorefrontClient({ storeHash: 'abc123', endpoints: { graphql: '/api/graphql' } });
    expect(config.endpoints.graphql).toBe('/api/graphql');
    expect(config.storefrontToken).toBeUndefined();
  });

  it('accepts retry: false and partial retry options', () => {
    expect(createStorefrontClient({ ...base, retry: false }).config.retry).toBe(false);
    expect(createStorefrontClient({ ...base, retry: { retries: 5 } }).config.retry).toEqual({ retries: 5, baseDelayMs: 300, maxDelayMs: 5000 });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing store hash', { storeHash: undefined }, 'config.storeHash'],
    ['a store hash with a slash', { storeHash: 'abc/123' }, 'config.storeHash'],
    ['channel 0', { channelId: 0 }, 'config.channelId'],
    ['a fractional channel', { channelId: 1.5 }, 'config.channelId'],
    ['a channel given as a string', { channelId: '2' }, 'config.channelId'],
    ['a missing token with BigCommerce hosts', { storefrontToken: undefined }, 'config.storefrontToken'],
    ['an empty token', { storefrontToken: '' }, 'config.storefrontToken'],
    ['a relative graphql endpoint without a slash', { endpoints: { graphql: 'api/graphql' } }, 'config.endpoints.graphql'],
    ['a protocol-relative payments endpoint', { endpoints: { payments: '//evil.example/pay' } }, 'config.endpoints.payments'],
    ['a ftp endpoint', { endpoints: { graphql: 'ftp://x/graphql' } }, 'config.endpoints.graphql'],
    ['a zero timeout', { timeoutMs: 0 }, 'config.timeoutMs'],
    ['an infinite timeout', { timeoutMs: Infinity }, 'config.timeoutMs'],
    ['a negative timeout', { timeoutMs: -5 }, 'config.timeoutMs'],
  ])('rejects %s, naming the field and what it must be', (_label, patch, field) => {
    try {
      createStorefrontClient({ ...base, ...patch } as StorefrontClientConfig);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StorefrontConfigError);
      expect((error as StorefrontConfigError).field).toBe(field);
      expect((error as Error).message).toMatch(new RegExp(`^createStorefrontClient: ${field.replace(/\./g, '\\.')} must be .{8,}`));
    }
  });

  it('rejects a missing config with a typed error, not a TypeError', () => {
    expect(() => createStorefrontClient(undefined as unknown as StorefrontClientConfig)).toThrow(StorefrontConfigError);
  });
});

describe('config errors name the value received', () => {
  it.each([
    [{ storeHash: 'abc/123' }, 'config.storeHash', '"abc/123"'],
    [{ storeHash: 'abc', channelId: 0 }, 'config.channelId', '0'],
    [{ storeHash: 'abc', storefrontToken: 't', endpoints: { graphql: 'ftp://x' } }, 'config.endpoints.graphql', '"ftp://x"'],
    [{ storeHash: 'abc', storefrontToken: 't', timeoutMs: -1 }, 'config.timeoutMs', '-1'],
  ])('%j: %s, got %s', (config, field, got) => {
    expect(() => createStorefrontClient(config as never)).toThrow(new RegExp(`^createStorefrontClient: ${field.replace(/\./g, '\\.')} must be .+; got ${got.replace(/[/.]/g, '\\$&')}$`));
  });

  it('names only the type of a bad token, never the token', () => {
    let message = '';
    try {
      createStorefrontClient({ storeHash: 'abc', storefrontToken: '' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('createStorefrontClient: config.storefrontToken must be a token, unless endpoints.graphql is your own proxy; got "string"');
  });
});
