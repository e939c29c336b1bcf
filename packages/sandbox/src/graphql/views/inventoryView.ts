import type { CatalogProduct } from '../../catalog/createCatalog.js';
import { localize } from '../../catalog/createCatalog.js';
import type { SeedVariant } from '../../catalog/SandboxSeed.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';

/** Stock below which BigCommerce-style `warningLevel` flags "low stock". */
export const LOW_STOCK_WARNING_LEVEL = 5;

/**
 * `AggregatedInventory` / `Aggregated` of some variants of a product. The sandbox sums every
 * location (BigCommerce's "stock aggregated from all locations" behaviour, docs/storefront/graphql/
 * inventory/queries.mdx); `shownStock` hides it as the store's stock level display says. Carts sell
 * only stock on hand, so `availableToSell` is what is on hand; backorder terms show in
 * `availableForBackorder` (per variant, summed) and `unlimitedBackorder`.
 */
export function aggregatedInventory(product: CatalogProduct, variants: readonly SeedVariant[]) {
  const onHand = variants.reduce((s, v) => s + Math.max(0, v.stock), 0);
  const backorder = product.backorder;
  return {
    availableToSell: onHand,
    availableOnHand: onHand,
    availableForBackorder: backorder?.unlimited ? 0 : (backorder?.limit ?? 0) * variants.length,
    unlimitedBackorder: backorder?.unlimited === true,
    warningLevel: LOW_STOCK_WARNING_LEVEL,
  };
}

/**
 * The aggregate as the store's `stockLevelDisplay` lets shoppers see it (docs/storefront/graphql/
 * inventory/queries.mdx): DONT_SHOW answers null, SHOW_WHEN_LOW only when stock is at or below the
 * warning level (out of stock included), SHOW (the default) always.
 */
export function shownStock<T extends { availableToSell: number; warningLevel: number }>(ctx: GraphQLContext, aggregated: T): T | null {
  const display = ctx.store.catalog.storeSettings.inventory?.stockLevelDisplay ?? 'SHOW';
  if (display === 'DONT_SHOW') return null;
  if (display === 'SHOW_WHEN_LOW' && aggregated.availableToSell > aggregated.warningLevel) return null;
  return aggregated;
}

/** A variant's stock per location: non-default locations keep their seeded units while stock lasts; the default holds the rest. */
function stockByLocation(ctx: GraphQLContext, product: CatalogProduct, variant: SeedVariant): Map<number, number> {
  const [defaultLocation, ...others] = ctx.store.catalog.locations;
  let remaining = Math.max(0, variant.stock);
  const out = new Map<number, number>();
  const wanted = (id: number) => product.locationStock?.find((l) => l.locationEntityId === id)?.quantity ?? 0;
  const reserved = others.reduce((s, l) => s + wanted(l.entityId), 0);
  // Orders ship from the default location first, so it runs empty before the others do.
  const atDefault = Math.max(0, remaining - reserved);
  out.set(defaultLocation!.entityId, atDefault);
  remaining -= atDefault;
  for (const l of others) {
    const units = Math.min(wanted(l.entityId), remaining);
    out.set(l.entityId, units);
    remaining -= units;
  }
  return out;
}

/** What `VariantInventory.byLocation` takes. */
export interface ByLocationArgs extends PageArgs {
  locationEntityIds?: number[] | null;
  locationEntityCodes?: string[] | null;
  locationEntityTypeIds?: string[] | null;
}

/** `VariantInventory`: aggregated stock and stock per location (default location first). */
export function variantInventory(ctx: GraphQLContext, product: CatalogProduct, variant: SeedVariant) {
  const aggregated = aggregatedInventory(product, [variant]);
  return {
    isInStock: aggregated.availableOnHand > 0,
    aggregated: shownStock(ctx, aggregated),
    byLocation: (args: ByLocationArgs) => {
      const stock = stockByLocation(ctx, product, variant);
      let locations = [...ctx.store.catalog.locations];
      if (args.locationEntityIds?.length) locations = locations.filter((l) => args.locationEntityIds!.includes(l.entityId));
      if (args.locationEntityCodes?.length) locations = locations.filter((l) => args.locationEntityCodes!.includes(l.code));
      if (args.locationEntityTypeIds?.length) locations = locations.filter((l) => args.locationEntityTypeIds!.includes(l.typeId));
      const message = product.backorder?.message ? localize(product.backorder.message, ctx.locale) : null;
      return paginate(locations, args, (l) => ({
        locationEntityId: l.entityId,
        locationEntityCode: l.code,
        locationEntityTypeId: l.typeId,
        // No `distanceFilter` in the sandbox: there is no distance to report.
        locationDistance: null,
        availableToSell: stock.get(l.entityId) ?? 0,
        isInStock: (stock.get(l.entityId) ?? 0) > 0,
        warningLevel: LOW_STOCK_WARNING_LEVEL,
        backorderMessage: message,
      }), 'VariantInventory.byLocation');
    },
  };
}
