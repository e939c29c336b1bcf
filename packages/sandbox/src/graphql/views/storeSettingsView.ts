import type { GraphQLContext } from '../GraphQLContext.js';
import { money } from './money.js';
import { seoView } from './seoView.js';

/**
 * The storefront parts of `Settings` (contact, logo, display, inventory, reviews, SEO, …) from the
 * seed's `storeSettings`; what a seed leaves out answers BigCommerce's defaults for a new store
 * (reviews on, ratings shown, no analytics, a text logo with the store name).
 */
export function storeSettingsView(ctx: GraphQLContext) {
  const s = ctx.store.catalog.storeSettings;
  const { settings } = ctx.store;
  const inventory = s.inventory ?? {};
  return {
    contact: s.contact ?? null,
    socialMediaLinks: s.socialMediaLinks ?? [],
    logoV2: { __typename: 'StoreTextLogo', text: s.logoText ?? settings.storeName },
    faviconUrl: s.faviconUrl ?? null,
    robotsTxt: s.robotsTxt ?? null,
    statusMessage: s.statusMessage ?? null,
    seo: seoView(s.seo, ctx.locale),
    privacy: { cookieConsentEnabled: s.cookieConsentEnabled ?? false, privacyPolicyUrl: s.privacyPolicyUrl ?? null },
    webAnalytics: { ga4: s.ga4TagId ? { tagId: s.ga4TagId } : null, metaPixel: null, segment: null },
    reviews: { enabled: s.reviewsEnabled ?? true },
    display: { showProductRating: s.showProductRating ?? true, shortDateFormat: 'M jS Y', extendedDateFormat: 'jS M Y @ g:i A' },
    storefront: { catalog: { productComparisonsEnabled: s.productComparisonsEnabled ?? false } },
    inventory: {
      stockLevelDisplay: inventory.stockLevelDisplay ?? 'SHOW',
      showOutOfStockMessage: inventory.showOutOfStockMessage ?? false,
      defaultOutOfStockMessage: inventory.defaultOutOfStockMessage ?? '',
      showBackorderMessage: inventory.showBackorderMessage ?? false,
      showQuantityOnBackorder: inventory.showQuantityOnBackorder ?? false,
      showBackorderAvailabilityPrompt: inventory.showBackorderAvailabilityPrompt ?? false,
      backorderAvailabilityPrompt: inventory.backorderAvailabilityPrompt ?? null,
      hideInProductFiltering: false,
      showPreOrderStockLevels: false,
      optionOutOfStockBehavior: 'LABEL_OPTION',
      productOutOfStockBehavior: 'DO_NOTHING',
      updateStockBehavior: 'ORDER_PLACED',
    },
    // Gift certificates for a custom amount, in a transactional currency (the limits converted at its rate); others have none.
    giftCertificates: ({ currencyCode }: { currencyCode?: string | null }) => {
      const g = s.giftCertificates;
      const currency = ctx.store.catalog.currencyByCode(currencyCode ?? settings.currencyCode);
      if (!g || !currency?.isTransactional) return null;
      return {
        __typename: 'CustomAmountGiftCertificateSettings',
        currencyCode: currency.code,
        isEnabled: g.enabled,
        expiry: null,
        minimumAmount: money(Math.round(g.minimum * currency.exchangeRate), currency.code),
        maximumAmount: money(Math.round(g.maximum * currency.exchangeRate), currency.code),
      };
    },
  };
}
