'use client';

import { useMutation } from '@tanstack/react-query';
import { useStorefront } from './useStorefront.js';

/** Signs the customer out; their cached profile, cart and checkout are dropped from memory. */
export function useLogout() {
  return useMutation(useStorefront().queries.logout());
}
