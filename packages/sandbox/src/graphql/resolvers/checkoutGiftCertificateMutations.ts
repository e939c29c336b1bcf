import { checkVersion, touch } from '../../store/cartOperations.js';
import { StoreError } from '../../store/StoreError.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { checkoutView, emptyCheckout } from '../views/checkoutView.js';
import { requireAccessibleCart } from './accessibleCart.js';

type Input = { checkoutEntityId: string; version?: number | null; data: { giftCertificateCode: string } };

/** Most gift certificates one checkout takes (the sandbox's bound; BigCommerce publishes none). */
export const MAX_CHECKOUT_GIFT_CERTIFICATES = 5;

/**
 * `applyCheckoutGiftCertificate` / `unapplyCheckoutGiftCertificate`. An applied certificate pays
 * the checkout's grand total up to its balance (`Checkout.giftCertificates`, `outstandingBalance`);
 * its balance goes down only when the order is paid. Refused: an unknown code (not found), a
 * certificate that is not active, expired by date, empty, or in another currency.
 */
export function checkoutGiftCertificateMutations(ctx: GraphQLContext) {
  const { store } = ctx;
  const open = (input: Input) => {
    const cart = requireAccessibleCart(ctx, input.checkoutEntityId, 'Checkout');
    checkVersion(cart, input.version);
    let state = store.checkouts.get(cart.entityId);
    if (!state) {
      state = emptyCheckout();
      store.checkouts.set(cart.entityId, state);
    }
    return { cart, state, code: input.data.giftCertificateCode.trim().toUpperCase() };
  };
  return {
    applyCheckoutGiftCertificate: ({ input }: { input: Input }) => {
      const { cart, state, code } = open(input);
      const certificate = code.length <= 100 ? store.giftCertificates.get(code) : undefined;
      if (!certificate) throw new StoreError('NOT_FOUND', 'Gift certificate not found: check the code.');
      const expired = certificate.status === 'EXPIRED' || (certificate.expiresAt !== undefined && Date.parse(certificate.expiresAt) <= ctx.deps.clock.now());
      if (expired) throw new StoreError('BAD_USER_INPUT', `Gift certificate ${certificate.code} has expired.`);
      if (certificate.status !== 'ACTIVE') throw new StoreError('BAD_USER_INPUT', `Gift certificate ${certificate.code} is ${certificate.status.toLowerCase()} and cannot be used.`);
      if (certificate.balance <= 0) throw new StoreError('BAD_USER_INPUT', `Gift certificate ${certificate.code} has no balance left.`);
      if (cart.currencyCode !== store.settings.currencyCode) throw new StoreError('BAD_USER_INPUT', `Gift certificate ${certificate.code} is in ${store.settings.currencyCode}, the checkout in ${cart.currencyCode}.`);
      const codes = (state.giftCertificateCodes ??= []);
      if (!codes.includes(certificate.code.toUpperCase())) {
        if (codes.length >= MAX_CHECKOUT_GIFT_CERTIFICATES) throw new StoreError('BAD_USER_INPUT', `A checkout takes at most ${MAX_CHECKOUT_GIFT_CERTIFICATES} gift certificates.`);
        codes.push(certificate.code.toUpperCase());
      }
      touch(store, cart, ctx.deps.clock.now());
      return { checkout: checkoutView(ctx, cart) };
    },
    unapplyCheckoutGiftCertificate: ({ input }: { input: Input }) => {
      const { cart, state, code } = open(input);
      if (!state.giftCertificateCodes?.includes(code)) throw new StoreError('NOT_FOUND', `Gift certificate ${input.data.giftCertificateCode.slice(0, 100)} is not applied to checkout "${cart.entityId}".`);
      state.giftCertificateCodes = state.giftCertificateCodes.filter((c) => c !== code);
      touch(store, cart, ctx.deps.clock.now());
      return { checkout: checkoutView(ctx, cart) };
    },
  };
}
