import type { SeedCurrency } from '../../catalog/SeedStorefrontContent.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';

function currencyView(currency: SeedCurrency & { isDefault: boolean }) {
  return {
    entityId: currency.entityId,
    code: currency.code,
    name: currency.name,
    exchangeRate: currency.exchangeRate,
    isDefault: currency.isDefault,
    isTransactional: currency.isTransactional,
    isActive: true,
    flagImage: null,
    display: {
      symbol: currency.symbol,
      symbolPlacement: currency.symbolPlacement,
      decimalToken: currency.decimalToken ?? '.',
      thousandsToken: currency.thousandsToken ?? ',',
      decimalPlaces: 2,
    },
  };
}

/** `Site.currencies` (the default first) and `Site.currency(currencyCode)`. */
export function currencies(ctx: GraphQLContext) {
  const { catalog } = ctx.store;
  return {
    currencies: (args: PageArgs) => paginate(catalog.currencies, args, currencyView, 'Site.currencies'),
    currency: ({ currencyCode }: { currencyCode: string }) => {
      const found = catalog.currencyByCode(currencyCode);
      return found ? currencyView(found) : null;
    },
  };
}
