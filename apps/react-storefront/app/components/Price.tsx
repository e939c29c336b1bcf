import type { PricesResult } from '@bc-headless/core/queries';
import { formatMoney } from '@bc-headless/core/queries';
import { priceTag } from '@bc-headless/demo-kit/browser';
import { useT } from '../i18n.js';

/** A price: what the shopper pays, and the base price struck through when that is lower. */
export function Price({ prices }: { prices: PricesResult | null | undefined }) {
  const { lang } = useT();
  const tag = priceTag(prices);
  if (!tag) return null;
  return (
    <span className="price">
      {formatMoney(tag.now, lang)}
      {tag.was && <> <s>{formatMoney(tag.was, lang)}</s></>}
    </span>
  );
}
