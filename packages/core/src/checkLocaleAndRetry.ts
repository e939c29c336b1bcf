import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import type { StorefrontClientConfig } from './resolveConfig.js';

// A language tag's shape (BCP 47, loosely: `fr`, `fr-CA`, `zh-Hant-TW`): what `Accept-Language`
// carries. BigCommerce falls back to the store's default for a locale it does not serve.
const LOCALE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

/**
 * The config checks the browser entry leaves out to stay within its size budget: `locale` and the
 * `retry` numbers. `createServerClient` runs them on its config, and `storefrontQueries` (the query
 * layer every binding starts from) on its client's, so an app learns of a bad value at start-up,
 * with the field named, instead of from its first request. Not part of the browser entry.
 */
export function checkLocaleAndRetry(config: StorefrontClientConfig, api: string): void {
  const fail = (field: string, expected: string, got: unknown) => {
    throw new StorefrontConfigError(`${api}: config.${field} must be ${expected}, got ${JSON.stringify(got) ?? String(got)}`, { field: `config.${field}` });
  };
  const { locale, retry } = config;
  if (locale != null && (typeof locale != 'string' || !LOCALE.test(locale))) fail('locale', 'a language tag such as "fr" or "fr-CA"', locale);
  if (retry == null || retry === false) return;
  if (typeof retry != 'object') fail('retry', 'false or { retries?, baseDelayMs?, maxDelayMs? }', retry);
  const { retries, baseDelayMs, maxDelayMs } = retry;
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) fail('retry.retries', 'a whole number ≥ 0 (0: no retry)', retries);
  for (const [field, value] of [['baseDelayMs', baseDelayMs], ['maxDelayMs', maxDelayMs]] as const) {
    if (value !== undefined && !(typeof value == 'number' && value >= 0 && value < 1 / 0)) fail(`retry.${field}`, 'a number of milliseconds ≥ 0', value);
  }
}
