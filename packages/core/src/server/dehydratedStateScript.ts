import { DEHYDRATED_STATE_ID } from '../queries/readDehydratedState.js';
import { serializeJsonForScript } from '../serializeJsonForScript.js';

/** Options of `dehydratedStateScript`. */
export interface DehydratedStateScriptOptions {
  /** The page's CSP nonce, written as the `nonce` attribute (escaped). */
  nonce?: string;
  /** The element's id (default `DEHYDRATED_STATE_ID`); `readDehydratedState` must be given the same. */
  id?: string;
}

const ID = /^[A-Za-z][\w-]{0,63}$/;
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/**
 * The JSON text of a dehydrated query state (`dehydrate(queryClient)`), safe inside a `<script>`
 * element: `serializeJsonForScript`, for frameworks that write the element themselves.
 */
export function dehydratedStateJson(state: unknown): string {
  return serializeJsonForScript(state);
}

/**
 * The `<script type="application/json" id=…>` element holding a dehydrated query state, for the
 * page's HTML; `readDehydratedState()` reads it back in the browser. A data block, never run as
 * code, and no text in the state (product HTML, `</script>`, `<!--`, U+2028) can end it early.
 */
export function dehydratedStateScript(state: unknown, options: DehydratedStateScriptOptions = {}): string {
  const id = options.id ?? DEHYDRATED_STATE_ID;
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new TypeError(`dehydratedStateScript: id ${JSON.stringify(id)} is not a plain element id; use letters, digits, "-" and "_", starting with a letter.`);
  }
  const { nonce } = options;
  if (nonce !== undefined && typeof nonce !== 'string') throw new TypeError('dehydratedStateScript: nonce must be the CSP nonce string, or omitted.');
  const nonceAttribute = nonce ? ` nonce="${nonce.replace(/[&"'<>]/g, (ch) => ATTRIBUTE_ESCAPES[ch]!)}"` : '';
  return `<script type="application/json" id="${id}"${nonceAttribute}>${serializeJsonForScript(state)}</script>`;
}
