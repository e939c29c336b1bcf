/** The `id` of the `<script type="application/json">` that `dehydratedStateScript` writes by default. */
export const DEHYDRATED_STATE_ID = 'bc-headless-state';

/** What `readDehydratedState` needs of a document: `document` in a browser. */
export interface DehydratedStateDocument {
  getElementById(id: string): { textContent: string | null } | null;
}

/**
 * Reads the state the server wrote with `dehydratedStateScript` (pass it to `hydrate`), or
 * `undefined` when the page has no such element or its text is not JSON: the queries then fetch
 * as on a page that was not server-rendered. Never evaluates the text, never throws.
 */
export function readDehydratedState(options: { id?: string; document?: DehydratedStateDocument } = {}): unknown {
  const doc = options.document ?? (globalThis as { document?: DehydratedStateDocument }).document;
  const text = doc?.getElementById(options.id ?? DEHYDRATED_STATE_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
