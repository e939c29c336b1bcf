import type { SeedGiftCertificate } from '../../catalog/SandboxSeed.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { dateTimeExtended, money } from './money.js';

/** `Site.giftCertificate(code:)`: the certificate with its balance, or null for an unknown code. */
export function giftCertificateView(ctx: GraphQLContext, code: string) {
  const certificate: SeedGiftCertificate | undefined = code.length <= 100 ? ctx.store.giftCertificates.get(code.trim().toUpperCase()) : undefined;
  if (!certificate) return null;
  const currencyCode = ctx.store.settings.currencyCode;
  // A certificate past its date shows as expired whatever its stored status.
  const expired = certificate.expiresAt !== undefined && Date.parse(certificate.expiresAt) <= ctx.deps.clock.now();
  return {
    code: certificate.code,
    currencyCode,
    amount: money(certificate.amount, currencyCode),
    balance: money(certificate.balance, currencyCode),
    status: expired ? 'EXPIRED' : certificate.status,
    theme: certificate.theme,
    sender: { name: certificate.senderName },
    recipient: { name: certificate.recipientName },
    purchasedAt: dateTimeExtended(Date.parse(certificate.purchasedAt)),
    expiresAt: certificate.expiresAt ? dateTimeExtended(Date.parse(certificate.expiresAt)) : null,
  };
}
