'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Signs a customer in through the storefront handler (the token stays in its httpOnly cookie); the guest cart is merged. */
export function useLogin() {
  return useMutation(useStorefront().queries.login());
}
