import type { SeedGiftCertificate } from './SandboxSeed.js';

/**
 * Gift certificates to try checkout and the balance page with: one fresh, one partly spent, one
 * used up, one expired and one disabled. Codes follow BigCommerce's style (letters and digits).
 */
export const seedGiftCertificates: SeedGiftCertificate[] = [
  { code: 'GC-FRESH-5000', amount: 5000, balance: 5000, status: 'ACTIVE', senderName: 'Trailhead Coffee', recipientName: 'Jane Doe', theme: 'GENERAL', purchasedAt: '2026-06-01T10:00:00Z' },
  { code: 'GC-HALF-2500', amount: 5000, balance: 2500, status: 'ACTIVE', senderName: 'Max Mustermann', recipientName: 'Sam Okafor', theme: 'BIRTHDAY', purchasedAt: '2026-05-12T08:30:00Z', expiresAt: '2030-05-12T08:30:00Z' },
  { code: 'GC-EMPTY-0', amount: 2000, balance: 0, status: 'ACTIVE', senderName: 'Jane Doe', recipientName: 'Max Mustermann', theme: 'CELEBRATION', purchasedAt: '2026-01-20T12:00:00Z' },
  { code: 'GC-EXPIRED-3000', amount: 3000, balance: 3000, status: 'EXPIRED', senderName: 'Trailhead Coffee', recipientName: 'Guest', theme: 'CHRISTMAS', purchasedAt: '2024-12-01T09:00:00Z', expiresAt: '2025-12-01T09:00:00Z' },
  { code: 'GC-DISABLED-1000', amount: 1000, balance: 1000, status: 'DISABLED', senderName: 'Trailhead Coffee', recipientName: 'Guest', theme: 'GENERAL', purchasedAt: '2026-02-02T09:00:00Z' },
];
