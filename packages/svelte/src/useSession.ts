import type { SessionReadable } from './createSessionReadable.js';
import { getStorefrontContext } from './storefrontContext.js';

/**
 * The shopper's session (cart id, customer, locale): `$session` in a template, `session.current`
 * in runes code; either follows every change.
 */
export function useSession(): SessionReadable {
  return getStorefrontContext('useSession').sessionState;
}
