'use client';

import { useContext } from 'react';
import { StorefrontContext, type StorefrontContextValue } from './StorefrontContext.js';

/** The provider's client, session store and query layer; throws outside `<StorefrontProvider>`. */
export function useStorefront(): StorefrontContextValue {
  const value = useContext(StorefrontContext);
  if (!value) {
    throw new Error(
      'useStorefront: no <StorefrontProvider> above this component. Wrap your app in <StorefrontProvider client={createStorefrontClient(…)}> (from @bc-headless/react).',
    );
  }
  return value;
}
