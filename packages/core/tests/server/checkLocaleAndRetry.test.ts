import { describe, expect, it } from 'vitest';
import { StorefrontConfigError } from '../../src/errors/StorefrontConfigError.js';
import { createServerClient } from '../../src/server/createServerClient.js';

const base = { storeHash: 'abc123', storefrontToken: 't' };
const refusal = (config: object) => {
  try {
    createServerClient({ ...base, ...config });
  } catch (error) {
    return error as StorefrontConfigError;
  }
  return null;
};

describe('createServerClient checks locale and retry at creation', () => {
  it.each([
    [{ locale: 'fr;q=0.5' }, 'config.locale'],
    [{ locale: 'en\r\nX-Evil: 1' }, 'config.locale'],
    [{ locale: '' }, 'config.locale'],
    [{ locale: 42 }, 'config.locale'],
    [{ retry: 3 }, 'config.retry'],
    [{ retry: { retries: -1 } }, 'config.retry.retries'],
    [{ retry: { retries: 1.5 } }, 'config.retry.retries'],
    [{ retry: { retries: '2' } }, 'config.retry.retries'],
    [{ retry: { baseDelayMs: Number.NaN } }, 'config.retry.baseDelayMs'],
    [{ retry: { maxDelayMs: Infinity } }, 'config.retry.maxDelayMs'],
    [{ retry: { maxDelayMs: -5 } }, 'config.retry.maxDelayMs'],
  ])('refuses %j, naming %s and what it must be', (config, field) => {
    const error = refusal(config);
    expect(error).toBeInstanceOf(StorefrontConfigError);
    expect(error!.field).toBe(field);
    expect(error!.message).toMatch(new RegExp(`^createServerClient: ${field.replace(/\./g, '\\.')} must be .+, got `));
  });

  it.each([{}, { locale: 'fr' }, { locale: 'fr-CA' }, { locale: 'zh-Hant-TW' }, { retry: false }, { retry: {} }, { retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 1000 } }])(
    'accepts %j',
    (config) => {
      expect(refusal(config)).toBeNull();
    },
  );
});
