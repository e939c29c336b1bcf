'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Changes a cart line's quantity (0 removes it); the answer replaces the cached cart. */
export function useUpdateCartLine() {
  return useMutation(useStorefront().queries.updateCartLine());
}
