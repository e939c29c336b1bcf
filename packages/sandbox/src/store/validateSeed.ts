import type { SandboxSeed, SeedCustomerGroup, SeedDiscountRule } from '../catalog/SandboxSeed.js';
import { validateCustomerSeed } from './validateCustomerSeed.js';
import { validateStorefrontContent } from './validateStorefrontContent.js';

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
  const groups = new Map<number, string>();
  for (const [i, c] of seed.customers.entries()) {
    if (!Number.isInteger(c?.entityId) || typeof c.email !== 'string' || typeof c.password !== 'string') {
      fail(`customers[${i}] needs entityId, email and password`);
    }
    if (c.customerGroup === undefined) continue;
    checkCustomerGroup(c.customerGroup, `customers[${i}].customerGroup`, fail);
    // One group id is one group: customers sharing it must describe it the same way.
    const shape = JSON.stringify(c.customerGroup);
    const seen = groups.get(c.customerGroup.id);
    if (seen !== undefined && seen !== shape) {
      fail(`customers[${i}].customerGroup has id ${c.customerGroup.id} but a different name or discountRules than an earlier customer's group with that id; give both the same group or use another id`);
    }
    groups.set(c.customerGroup.id, shape);
  }
  validateStorefrontContent(seed, fail);
  validateCustomerSeed(seed, fail);
}

/**
 * A customer group as BigCommerce's Customer Groups API shapes it (reference/customers.v2.yml,
 * `customerGroup_Full`), limited to what the sandbox prices: at most one store-wide percentage rule.
 */
function checkCustomerGroup(group: unknown, at: string, fail: (what: string) => never): void {
  const g = group as Partial<SeedCustomerGroup> | null;
  if (!g || typeof g !== 'object') fail(`${at} must be an object { id, name, discountRules }`);
  if (!Number.isInteger(g.id) || g.id! <= 0) fail(`${at}.id must be a positive integer (0 is BigCommerce's "no group"; leave customerGroup out instead)`);
  if (typeof g.name !== 'string' || !g.name) fail(`${at}.name must be a non-empty string`);
  if (!Array.isArray(g.discountRules)) fail(`${at}.discountRules must be an array (use [] for a group without a discount)`);
  if (g.discountRules.length > 1) fail(`${at}.discountRules has ${g.discountRules.length} rules; the sandbox supports one store-wide rule per group`);
  for (const [j, rule] of g.discountRules.entries()) {
    const r = rule as Partial<SeedDiscountRule> | null;
    if (r?.type !== 'all' || r.method !== 'percent') {
      fail(
        `${at}.discountRules[${j}] is ${JSON.stringify({ type: r?.type, method: r?.method })}; the sandbox supports only BigCommerce's store-wide percentage rule: use { "type": "all", "method": "percent", "amount": 15 } (price_list, category and product rules and the fixed and price methods are not modelled)`,
      );
    }
    if (typeof r.amount !== 'number' || !Number.isFinite(r.amount) || r.amount < 0 || r.amount > 100) {
      fail(`${at}.discountRules[${j}].amount must be a number of percent from 0 to 100, e.g. 15`);
    }
  }
}
