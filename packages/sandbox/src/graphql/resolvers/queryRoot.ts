import type { CatalogProduct } from '../../catalog/createCatalog.js';
import type { SeedVariant } from '../../catalog/SandboxSeed.js';
import { paginate, type PageArgs } from '../connection.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { cartView } from '../views/cartView.js';
import { categoryTree, categoryView } from '../views/categoryView.js';
import { checkoutView } from '../views/checkoutView.js';
import { customerWithOrdersView } from '../views/customerView.js';
import { giftCertificateView } from '../views/giftCertificateView.js';
import { publicWishlistView } from '../views/wishlistView.js';
import { nodeQuery } from './nodeQuery.js';
import { siteOrder } from './orderQueries.js';
import { formFieldsSettingsView } from '../views/formFieldView.js';
import { geographyView } from '../views/geographyView.js';
import { passwordComplexity } from '../../store/passwordPolicy.js';
import { productView } from '../views/productView.js';
import { findAccessibleCart, latestCustomerCart } from './accessibleCart.js';
import { resolveRoute } from './routeResolver.js';
import { currencies } from './currencies.js';
import { searchProducts, type SearchFilters } from './searchProducts.js';
import { storefrontContent } from './storefrontContent.js';
import { storeSettingsView } from '../views/storeSettingsView.js';

type OptionValueId = { optionEntityId: number; valueEntityId: number };

function inStock(p: CatalogProduct): boolean {
  return p.variants.some((v) => v.stock > 0);
}

function selectVariant(
  product: CatalogProduct,
  args: { variantEntityId?: number | null; optionValueIds?: OptionValueId[]; sku?: string | null; useDefaultOptionSelections?: boolean | null },
  ctx: GraphQLContext,
): SeedVariant | null {
  if (args.variantEntityId != null) return product.variants.find((v) => v.entityId === args.variantEntityId) ?? null;
  if (args.sku) return product.variants.find((v) => v.sku === args.sku) ?? null;
  if (args.optionValueIds?.length) return ctx.store.catalog.variantForOptions(product, args.optionValueIds.map((o) => o.valueEntityId)) ?? null;
  if (args.useDefaultOptionSelections && product.options.length > 0) {
    const defaults = product.options.map((o) => (o.values.find((v) => v.isDefault) ?? o.values[0])!.entityId);
    return ctx.store.catalog.variantForOptions(product, defaults) ?? null;
  }
  return null;
}

/** The `Query` root: `site`, `customer` and `geography`. */
export function queryRoot(ctx: GraphQLContext) {
  const { store } = ctx;
  const { catalog } = store;
  const site = {
    products: (args: PageArgs & { entityIds?: number[]; hideOutOfStock?: boolean | null }) => {
      let list: CatalogProduct[] = [...catalog.products];
      if (args.entityIds?.length) list = args.entityIds.map((id) => catalog.productById(id)).filter((p) => p !== undefined);
      if (args.hideOutOfStock) list = list.filter(inStock);
      return paginate(list, args, (p) => productView(ctx, p), 'Site.products');
    },
    product: (args: { entityId?: number | null; variantEntityId?: number | null; optionValueIds?: OptionValueId[]; sku?: string | null; useDefaultOptionSelections?: boolean | null }) => {
      let product: CatalogProduct | undefined;
      if (args.entityId != null) product = catalog.productById(args.entityId);
      else if (args.variantEntityId != null) product = catalog.variantById(args.variantEntityId)?.product;
      else if (args.sku) product = catalog.productBySku(args.sku);
      if (!product) return null;
      return productView(ctx, product, selectVariant(product, args, ctx));
    },
    category: ({ entityId }: { entityId: number }) => {
      const category = catalog.categoryById(entityId);
      return category ? categoryView(ctx, category) : null;
    },
    categoryTree: ({ rootEntityId }: { rootEntityId?: number | null }) => {
      if (rootEntityId != null && !catalog.categoryById(rootEntityId)) return [];
      return categoryTree(ctx, rootEntityId ?? undefined);
    },
    search: {
      searchProducts: ({ filters, sort }: { filters: SearchFilters; sort?: string | null }) => searchProducts(ctx, filters, sort),
    },
    // A storefront path to its entity and/or 301 redirect (routeResolver.ts says how BigCommerce answers).
    route: (args: { path: string; redirectBehavior?: string | null }) => resolveRoute(ctx, args),
    ...storefrontContent(ctx),
    ...currencies(ctx),
    settings: () => ({
      storeName: store.settings.storeName,
      storeHash: store.storeHash,
      channelId: ctx.deps.config.channelId,
      status: 'LAUNCHED',
      locales: store.settings.locales.map((code) => ({ code, isDefault: code === store.settings.defaultLocale })),
      currency: { defaultCurrency: store.settings.currencyCode },
      url: { vanityUrl: ctx.deps.config.origin, cdnUrl: ctx.deps.config.origin, checkoutUrl: `${ctx.deps.config.origin}/checkout` },
      customers: { passwordComplexitySettings: passwordComplexity },
      formFields: formFieldsSettingsView(),
      newsletter: { showNewsletterSignup: true },
      // The store ships to every country it knows (the shipping options are the same for all).
      shipping: { supportedShippingDestinations: { countries: geographyView().countries } },
      ...storeSettingsView(ctx),
    }),
    cart: ({ entityId }: { entityId?: string | null }) => {
      const cart = entityId ? findAccessibleCart(ctx, entityId) : ctx.customer ? latestCustomerCart(ctx, ctx.customer.entityId) : null;
      return cart ? cartView(ctx, cart) : null;
    },
    giftCertificate: ({ code }: { code: string }) => giftCertificateView(ctx, code),
    publicWishlist: ({ token }: { token: string }) => publicWishlistView(ctx, token),
    order: ({ filter }: { filter?: { entityId: number; cartEntityId?: string | null } | null }) => siteOrder(ctx, filter),
    checkout: ({ entityId }: { entityId?: string | null }) => {
      const cart = entityId ? findAccessibleCart(ctx, entityId) : ctx.customer ? latestCustomerCart(ctx, ctx.customer.entityId) : null;
      return cart ? checkoutView(ctx, cart) : null;
    },
  };
  return {
    site,
    customer: () => (ctx.customer ? customerWithOrdersView(ctx, ctx.customer) : null),
    geography: geographyView,
    node: nodeQuery(ctx),
    channel: () => ({ entityId: ctx.deps.config.channelId }),
  };
}

