import type { SeedOrder } from './SandboxSeed.js';

/**
 * A short order history for the demo customers (ids below the first live order id, 100), shipped
 * to their first address: Jane has a delivered order and a shipped one, Max one awaiting
 * fulfillment. Sam (trade) has none. Lines name products of the built-in catalog.
 */
export const seedOrders: SeedOrder[] = [
  { id: 61, customerEntityId: 1, placedAt: '2026-09-14T09:30:00Z', status: 'Completed', lines: [{ productEntityId: 111, quantity: 2 }, { productEntityId: 131, quantity: 1 }],
    shipment: { shippedAt: '2026-09-15T16:00:00Z', provider: 'UPS', trackingNumber: '1Z999AA10123456784' } },
  { id: 62, customerEntityId: 1, placedAt: '2026-11-02T18:05:00Z', status: 'Shipped', lines: [{ productEntityId: 121, quantity: 1 }], couponCode: 'WELCOME10',
    shipment: { shippedAt: '2026-11-03T11:20:00Z', provider: 'USPS', trackingNumber: '9400111899223100000000' } },
  { id: 63, customerEntityId: 2, placedAt: '2026-11-20T07:45:00Z', status: 'Awaiting Fulfillment', lines: [{ productEntityId: 116, quantity: 1 }] },
];
