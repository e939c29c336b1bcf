'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Removes a cart line; removing the last one deletes the cart. */
export function useRemoveCartLine() {
  return useMutation(useStorefront().queries.removeCartLine());
}
