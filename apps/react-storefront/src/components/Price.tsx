import type { PricesResult } from '@bc-headless/core/queries';
import { formatMoney } from '@bc-headless/core/queries';
import { useT } from '../i18n.js';

/** A price; a sale shows the sale price and the former one struck through. */
export function Price({ prices }: { prices: PricesResult | null | undefined }) {
  const { lang } = useT();
  if (!prices) return null;
  const onSale = prices.salePrice && prices.basePrice && prices.salePrice.value < prices.basePrice.value;
  return (
    <span className="price">
      {formatMoney(onSale ? prices.salePrice : prices.price, lang)}
      {onSale && <> <s>{formatMoney(prices.basePrice, lang)}</s></>}
    </span>
  );
}
