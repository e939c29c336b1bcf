// What the server page and the browser entries share (browser-safe: the client bundles import it).
import type { SessionState } from '@bc-headless/core';

/**
 * What the page hands the browser entry besides the dehydrated state, in a second JSON
 * `<script id="bc-page">` (both written by `dehydratedStateScript`, read by `readDehydratedState`).
 */
export interface PagePayload {
  productId: number;
  /** The session snapshot the server rendered with. */
  session: SessionState;
}

/** The id of the page payload's `<script>`; the dehydrated state has the core's default id. */
export const PAGE_PAYLOAD_ID = 'bc-page';
