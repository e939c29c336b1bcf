'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Adds a line to the cart (creating the cart when needed); the answer replaces the cached cart, no refetch. */
export function useAddToCart() {
  return useMutation(useStorefront().queries.addToCart());
}
