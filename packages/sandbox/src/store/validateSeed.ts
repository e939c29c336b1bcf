import type { SandboxSeed } from '../catalog/SandboxSeed.js';

/**
 * Checks a seed (possibly read from a user's JSON file) enough that the store cannot start in a
 * broken state; throws an error naming the bad field and the fix.
 */
export function validateSeed(seed: SandboxSeed): void {
  const fail = (what: string): never => {
    throw new Error(`createStore: invalid seed: ${what}. Fix the seed (see SandboxSeed in @bc-headless/sandbox) and restart.`);
  };
  if (!seed || typeof seed !== 'object') fail('expected an object');
  for (const key of ['categories', 'products', 'customers', 'coupons', 'shippingOptions', 'locales'] as const) {
    if (!Array.isArray(seed[key])) fail(`"${key}" must be an array`);
  }
  if (typeof seed.storeName !== 'string' || !seed.storeName) fail('"storeName" must be a non-empty string');
  if (typeof seed.currencyCode !== 'string' || !/^[A-Z]{3}$/.test(seed.currencyCode)) fail('"currencyCode" must be an ISO 4217 code like "USD"');
  if (seed.locales.length === 0) fail('"locales" needs at least one locale (the first is the default)');
  if (typeof seed.taxRatePercent !== 'number' || seed.taxRatePercent < 0) fail('"taxRatePercent" must be a non-negative number');
  const ids = new Set<number>();
  for (const [i, p] of seed.products.entries()) {
    if (!Number.isInteger(p?.entityId) || p.entityId <= 0) fail(`products[${i}].entityId must be a positive integer`);
    if (ids.has(p.entityId)) fail(`products[${i}].entityId ${p.entityId} is used twice`);
    ids.add(p.entityId);
    if (typeof p.name?.en !== 'string') fail(`products[${i}].name.en must be a string`);
    if (typeof p.description?.en !== 'string') fail(`products[${i}].description.en must be a string`);
    if (!Number.isInteger(p.price) || p.price < 0) fail(`products[${i}].price must be a non-negative integer in minor units`);
    if (typeof p.slug !== 'string' || !/^[a-z0-9-]+$/.test(p.slug)) fail(`products[${i}].slug must be lower-case letters, digits and dashes`);
    if (typeof p.sku !== 'string') fail(`products[${i}].sku must be a string`);
    if (!Array.isArray(p.categoryEntityIds)) fail(`products[${i}].categoryEntityIds must be an array`);
  }
  for (const [i, c] of seed.customers.entries()) {
    if (!Number.isInteger(c?.entityId) || typeof c.email !== 'string' || typeof c.password !== 'string') {
      fail(`customers[${i}] needs entityId, email and password`);
    }
  }
}
