import type { SessionReadable } from './createSessionReadable.js';
/**
 * The shopper's session (cart id, customer, locale): `$session` in a template, `session.current`
 * in runes code; either follows every change.
 */
export declare function useSession(): SessionReadable;
