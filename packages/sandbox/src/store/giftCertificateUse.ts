import type { SeedGiftCertificate } from '../catalog/SandboxSeed.js';
import type { SandboxOrder } from './SandboxStore.js';
import type { Store } from './Store.js';

/** How much of each applied gift certificate pays `grandTotal` (in the order applied), and what is left to pay. */
export function giftCertificateUse(store: Store, codes: readonly string[], grandTotal: number): { uses: Array<{ certificate: SeedGiftCertificate; used: number }>; outstanding: number } {
  let outstanding = grandTotal;
  const uses = codes.flatMap((code) => {
    const certificate = store.giftCertificates.get(code.toUpperCase());
    if (!certificate) return [];
    const used = Math.max(0, Math.min(certificate.balance, outstanding));
    outstanding -= used;
    return [{ certificate, used }];
  });
  return { uses, outstanding };
}

/** What the shopper still pays for an order by card: its total less the gift certificates it spends. */
export function amountDue(order: SandboxOrder): number {
  return order.total - (order.giftCertificates ?? []).reduce((sum, g) => sum + g.used, 0);
}

/** Takes what a paid order spent off its gift certificates' balances (never below zero). */
export function redeemGiftCertificates(store: Store, order: SandboxOrder): void {
  for (const { code, used } of order.giftCertificates ?? []) {
    const certificate = store.giftCertificates.get(code.toUpperCase());
    if (certificate) certificate.balance = Math.max(0, certificate.balance - used);
  }
}
