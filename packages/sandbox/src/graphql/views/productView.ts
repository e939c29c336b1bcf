import type { CatalogProduct } from '../../catalog/createCatalog.js';
import { escapeHtml } from '../../http/escapeHtml.js';
import { localize } from '../../catalog/createCatalog.js';
import type { SeedVariant } from '../../catalog/SandboxSeed.js';
import { catalogUnitPriceOf, unitPriceOf } from '../../store/unitPriceOf.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import type { SeedModifier } from '../../catalog/SandboxSeed.js';
import { modifierOptionView } from './modifierOptionView.js';
import { brandView } from './brandView.js';
import { categoryView } from './categoryView.js';
import { aggregatedInventory, shownStock, variantInventory } from './inventoryView.js';
import { money, nodeId } from './money.js';
import { reviewsConnection, reviewSummary, type ReviewArgs } from './reviewsView.js';
import { seoView } from './seoView.js';


/** The `Image` of a product's generated picture (served by the sandbox's image route). */
export function imageView(ctx: GraphQLContext, product: CatalogProduct, imageId: number, isDefault: boolean) {
  const base = `${ctx.deps.config.origin}/images/stencil`;
  const rest = `products/${product.entityId}/${imageId}/${product.slug}.svg`;
  return {
    altText: localize(product.name, ctx.locale),
    isDefault,
    url: ({ width, height }: { width: number; height?: number | null }) => `${base}/${height ? `${width}x${height}` : `${width}w`}/${rest}`,
    urlOriginal: () => `${base}/original/${rest}`,
    urlTemplate: () => `${base}/{:size}/${rest}`,
  };
}

/**
 * `Prices` for the request's shopper. A signed-in customer's group discount changes `price` (the
 * "calculated … in-cart price", see unitPriceOf), `priceRange` and `saved`; `basePrice` ("Original
 * price") and `salePrice` ("Sale price") stay the catalog's, as BigCommerce's field descriptions
 * say, so a guest's answer is the same as before groups existed.
 */
function pricesView(ctx: GraphQLContext, product: CatalogProduct, variants: readonly SeedVariant[], { includeTax, currencyCode }: { includeTax?: boolean; currencyCode?: string | null }) {
  // Another currency's prices are the default currency's times its exchange rate, rounded to the
  // cent per amount; a currency the store does not offer has no prices (null).
  const currency = ctx.store.catalog.currencyByCode(currencyCode ?? ctx.store.settings.currencyCode);
  if (!currency) return null;
  const factor = (includeTax === true ? 1 + ctx.store.settings.taxRatePercent / 100 : 1) * currency.exchangeRate;
  const m = (minor: number) => money(Math.round(minor * factor), currency.code);
  const group = ctx.customer?.customerGroup ?? null;
  const first = variants[0]!;
  const base = first.price ?? product.price;
  const catalogPrice = catalogUnitPriceOf(product, first);
  const current = unitPriceOf(product, first, group);
  const all = variants.map((v) => unitPriceOf(product, v, group));
  return {
    price: m(current),
    basePrice: m(base),
    salePrice: catalogPrice < base ? m(catalogPrice) : null,
    retailPrice: product.retailPrice !== undefined ? m(product.retailPrice) : null,
    saved: current < base ? m(base - current) : null,
    priceRange: { min: m(Math.min(...all)), max: m(Math.max(...all)) },
  };
}


function variantView(ctx: GraphQLContext, product: CatalogProduct, variant: SeedVariant) {
  const images = ctx.store.catalog.imageIds(product);
  return {
    entityId: variant.entityId,
    id: nodeId('Variant', variant.entityId),
    sku: variant.sku,
    isPurchasable: variant.stock > 0,
    defaultImage: images[0] !== undefined ? imageView(ctx, product, images[0], true) : null,
    inventory: variantInventory(ctx, product, variant),
    prices: (args: { includeTax?: boolean; currencyCode?: string | null }) => pricesView(ctx, product, [variant], args),
    productOptions: (args: PageArgs) => optionsConnection(ctx, product, variant.optionValueIds, args, 'Variant.productOptions', true),
  };
}

function optionsConnection(ctx: GraphQLContext, product: CatalogProduct, selected: readonly number[] | null, args: PageArgs, name: string, onlySelected = false) {
  // Variant options first, then (on products) the modifier options.
  const items: Array<CatalogProduct['options'][number] | SeedModifier> = onlySelected ? product.options : [...product.options, ...(product.modifiers ?? [])];
  return paginate(items, args, (item) => {
    if ('kind' in item) return modifierOptionView(item);
    const option = item;
    const values = onlySelected ? option.values.filter((v) => selected?.includes(v.entityId)) : option.values;
    const swatch = option.values.some((v) => v.hex);
    return {
      __typename: 'MultipleChoiceOption',
      entityId: option.entityId,
      displayName: option.displayName,
      displayStyle: swatch ? 'Swatch' : 'RectangleBoxes',
      isRequired: true,
      isVariantOption: true,
      values: (valueArgs: PageArgs) =>
        paginate(values, valueArgs, (value) => ({
          __typename: swatch ? 'SwatchOptionValue' : 'MultipleChoiceOptionValue',
          entityId: value.entityId,
          label: value.label,
          isDefault: value.isDefault === true,
          isSelected: selected ? selected.includes(value.entityId) : null,
          hexColors: value.hex ? [value.hex] : [],
        }), `${name}.values`),
    };
  }, name);
}

/**
 * The `Product` view of a catalog product in the request's locale. `selected` (from
 * `site.product(variantEntityId | optionValueIds)`) narrows prices/inventory/SKU to one variant.
 */
export function productView(ctx: GraphQLContext, product: CatalogProduct, selected: SeedVariant | null = null) {
  const { catalog } = ctx.store;
  const images = catalog.imageIds(product);
  const variants = selected ? [selected] : product.variants;
  const description = localize(product.description, ctx.locale);
  const aggregated = aggregatedInventory(product, variants);
  const inventory = { isInStock: aggregated.availableOnHand > 0, aggregated: shownStock(ctx, aggregated) };
  return {
    entityId: product.entityId,
    id: nodeId('Product', product.entityId),
    sku: selected?.sku ?? product.sku,
    name: localize(product.name, ctx.locale),
    description: `<p>${escapeHtml(description)}</p>`,
    plainTextDescription: ({ characterLimit }: { characterLimit?: number | null }) =>
      characterLimit != null && description.length > characterLimit ? `${description.slice(0, Math.max(0, characterLimit - 3))}...` : description,
    path: `/${product.slug}/`,
    minPurchaseQuantity: null,
    maxPurchaseQuantity: null,
    defaultImage: images[0] !== undefined ? imageView(ctx, product, images[0], true) : null,
    images: (args: PageArgs) => paginate(images, args, (id) => imageView(ctx, product, id, id === images[0]), 'Product.images'),
    prices: (args: { includeTax?: boolean; currencyCode?: string | null }) => pricesView(ctx, product, variants, args),
    brand: () => {
      const brand = product.brandEntityId !== undefined ? catalog.brandById(product.brandEntityId) : undefined;
      return brand ? brandView(ctx, brand) : null;
    },
    gtin: product.gtin ?? null,
    mpn: product.mpn ?? null,
    upc: product.upc ?? null,
    condition: product.condition ?? null,
    weight: product.weight ?? null,
    showCartAction: product.showCartAction ?? true,
    warranty: product.warranty ? localize(product.warranty, ctx.locale) : '',
    // Products sharing a category with this one, in catalog order.
    relatedProducts: (args: PageArgs & { hideOutOfStock?: boolean | null }) => {
      const categories = new Set(product.categoryEntityIds);
      let list = catalog.products.filter((p) => p.entityId !== product.entityId && p.categoryEntityIds.some((id) => categories.has(id)));
      if (args.hideOutOfStock) list = list.filter((p) => p.variants.some((v) => v.stock > 0));
      return paginate(list, args, (p) => productView(ctx, p), 'Product.relatedProducts');
    },
    seo: seoView(product.seo, ctx.locale),
    reviewSummary: () => reviewSummary(catalog.reviewsOf(product.entityId)),
    reviews: (args: ReviewArgs) => reviewsConnection(ctx, product.entityId, args),
    customFields: (args: PageArgs & { names?: string[] | null }) =>
      paginate((product.customFields ?? []).filter((f) => !args.names?.length || args.names.includes(f.name)), args, (f) => f, 'Product.customFields'),
    inventory: { ...inventory, hasVariantInventory: product.options.length > 0 },
    availabilityV2: inventory.isInStock
      ? { __typename: 'ProductAvailable', status: 'Available', description: '' }
      : { __typename: 'ProductUnavailable', status: 'Unavailable', description: '', message: 'Out of stock' },
    categories: (args: PageArgs) =>
      paginate(product.categoryEntityIds.map((id) => catalog.categoryById(id)).filter((c) => c !== undefined), args, (c) => categoryView(ctx, c), 'Product.categories'),
    productOptions: (args: PageArgs) => optionsConnection(ctx, product, selected ? selected.optionValueIds : null, args, 'Product.productOptions'),
    variants: (args: PageArgs & { entityIds?: number[]; isPurchasable?: boolean | null; optionValueIds?: Array<{ optionEntityId: number; valueEntityId: number }>; skus?: string[] }) => {
      let list = product.variants;
      if (args.entityIds?.length) list = list.filter((v) => args.entityIds!.includes(v.entityId));
      if (args.skus?.length) list = list.filter((v) => args.skus!.includes(v.sku));
      if (args.optionValueIds?.length) list = list.filter((v) => args.optionValueIds!.every((o) => v.optionValueIds.includes(o.valueEntityId)));
      if (args.isPurchasable != null) list = list.filter((v) => v.stock > 0 === args.isPurchasable);
      return paginate(list, args, (v) => variantView(ctx, product, v), 'Product.variants');
    },
  };
}
