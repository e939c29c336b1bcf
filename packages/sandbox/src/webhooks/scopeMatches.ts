/**
 * Whether a subscription's scope covers an event's scope. A scope ending in `/*` covers every
 * event under its prefix, nested ones included: the events reference says `store/cart/*` "also
 * fires for store/cart/lineItem events" (bigcommerce/docs docs/integrations/webhooks/events/index.mdx).
 */
export function scopeMatches(subscribed: string, event: string): boolean {
  if (subscribed === event) return true;
  if (!subscribed.endsWith('/*')) return false;
  return event.startsWith(subscribed.slice(0, -1));
}
