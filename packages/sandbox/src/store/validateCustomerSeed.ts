import type { SandboxSeed, SeedModifier } from '../catalog/SandboxSeed.js';
import { seedCountries } from '../catalog/seedGeography.js';

const KINDS: ReadonlyArray<SeedModifier['kind']> = ['checkbox', 'text', 'multiLineText', 'number', 'date', 'file'];

/**
 * Checks the customer side of a seed: address books (unique ids, known countries), gift
 * certificates (unique codes, amounts in minor units, a balance within the amount, a status) and
 * product modifiers (ids unique across the catalog's options, known kinds, checkbox value ids).
 * Orders and wishlists are checked against the catalog when the store is built.
 */
export function validateCustomerSeed(seed: SandboxSeed, fail: (what: string) => never): void {
  const addressIds = new Set<number>();
  for (const [i, c] of seed.customers.entries()) {
    for (const [j, a] of (c.addresses ?? []).entries()) {
      const at = `customers[${i}].addresses[${j}]`;
      if (!Number.isInteger(a?.entityId) || a.entityId <= 0 || addressIds.has(a.entityId)) fail(`${at}.entityId must be a positive integer used once across all address books`);
      addressIds.add(a.entityId);
      for (const key of ['firstName', 'lastName', 'address1', 'city'] as const) if (typeof a[key] !== 'string' || !a[key]) fail(`${at}.${key} must be a non-empty string`);
      if (!seedCountries.some((country) => country.code === a.countryCode)) fail(`${at}.countryCode must be one of ${seedCountries.map((country) => country.code).join(', ')}`);
    }
  }
  const codes = new Set<string>();
  for (const [i, g] of (seed.giftCertificates ?? []).entries()) {
    const at = `giftCertificates[${i}]`;
    if (typeof g?.code !== 'string' || !/^[A-Za-z0-9-]{1,100}$/.test(g.code) || codes.has(g.code.toUpperCase())) fail(`${at}.code must be letters, digits and dashes (at most 100), unique in any case`);
    codes.add(g.code.toUpperCase());
    if (!Number.isInteger(g.amount) || g.amount <= 0 || !Number.isInteger(g.balance) || g.balance < 0 || g.balance > g.amount) fail(`${at}: amount must be a positive integer in minor units and balance an integer from 0 to amount`);
    if (!['ACTIVE', 'DISABLED', 'EXPIRED', 'PENDING'].includes(g.status)) fail(`${at}.status must be ACTIVE, DISABLED, EXPIRED or PENDING`);
    if (Number.isNaN(Date.parse(g.purchasedAt)) || (g.expiresAt !== undefined && Number.isNaN(Date.parse(g.expiresAt)))) fail(`${at}.purchasedAt and expiresAt must be ISO 8601 dates`);
  }
  const optionIds = new Set<number>(seed.products.flatMap((p) => (p.options ?? []).flatMap((o) => [o.entityId, ...o.values.map((v) => v.entityId)])));
  for (const [i, p] of seed.products.entries()) {
    for (const [j, m] of (p.modifiers ?? []).entries()) {
      const at = `products[${i}].modifiers[${j}]`;
      if (!Number.isInteger(m?.entityId) || m.entityId <= 0 || optionIds.has(m.entityId)) fail(`${at}.entityId must be a positive integer no other option or value uses`);
      optionIds.add(m.entityId);
      if (!KINDS.includes(m.kind)) fail(`${at}.kind must be one of ${KINDS.join(', ')}`);
      if (typeof m.displayName !== 'string' || !m.displayName) fail(`${at}.displayName must be a non-empty string`);
      if (m.kind === 'checkbox') {
        for (const id of [m.checkedValueEntityId, m.uncheckedValueEntityId]) {
          if (!Number.isInteger(id) || id <= 0 || optionIds.has(id)) fail(`${at}: checkedValueEntityId and uncheckedValueEntityId must be two positive integers no other option or value uses`);
          optionIds.add(id);
        }
      }
    }
  }
}
