import type { SeedWishlist } from './SandboxSeed.js';

/** Jane's wishlists: a public one (shareable by its token) and a private one. */
export const seedWishlists: SeedWishlist[] = [
  { entityId: 1, customerEntityId: 1, name: 'Gift ideas', isPublic: true, token: '4f9d2c7e1a8b3f6d0c5e9a2b7d1f4c8e', items: [
    { entityId: 1, productEntityId: 116 },
    { entityId: 2, productEntityId: 123 },
  ] },
  { entityId: 2, customerEntityId: 1, name: 'Camp kit', isPublic: false, token: '9b3e6a1d4c7f2e8b5a0d3c6f9e2b7a14', items: [{ entityId: 3, productEntityId: 122 }] },
];
