import type { SeedCurrency } from './SeedStorefrontContent.js';

/**
 * The built-in shop's currencies. Only USD can be charged: carts and checkout are in the store's
 * currency (cart.updateCartCurrency refuses others), so the rest are display-only (prices converted).
 */
export const seedCurrencies: SeedCurrency[] = [
  { entityId: 1, code: 'USD', name: 'US Dollar', exchangeRate: 1, isTransactional: true, symbol: '$', symbolPlacement: 'LEFT' },
  { entityId: 2, code: 'EUR', name: 'Euro', exchangeRate: 0.92, isTransactional: false, symbol: '€', symbolPlacement: 'RIGHT', decimalToken: ',', thousandsToken: '.' },
  { entityId: 3, code: 'GBP', name: 'British Pound', exchangeRate: 0.79, isTransactional: false, symbol: '£', symbolPlacement: 'LEFT' },
  { entityId: 4, code: 'CAD', name: 'Canadian Dollar', exchangeRate: 1.36, isTransactional: false, symbol: 'C$', symbolPlacement: 'LEFT' },
  { entityId: 5, code: 'AUD', name: 'Australian Dollar', exchangeRate: 1.52, isTransactional: false, symbol: 'A$', symbolPlacement: 'LEFT' },
];
