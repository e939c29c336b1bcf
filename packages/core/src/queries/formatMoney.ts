import type { Money } from './documents/GraphQLDocument.js';

/**
 * Formats a `Money` for display in `locale` (e.g. `formatMoney(price, 'de')` → `12,50 $`). The
 * currency stays the amount's own: a locale switch changes how an amount reads, never its value.
 */
export function formatMoney(money: Money | null | undefined, locale?: string | null): string {
  if (!money) return '';
  try {
    return new Intl.NumberFormat(locale ?? undefined, { style: 'currency', currency: money.currencyCode }).format(money.value);
  } catch {
    // An unknown currency or locale tag: still show the amount rather than break the page.
    return `${money.value} ${money.currencyCode}`;
  }
}
