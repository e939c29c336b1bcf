// Building an Intl.NumberFormat costs far more than formatting with one (it was a third of the
// sandbox's CPU in the listing benchmark), so keep one per currency.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currencyCode: string): Intl.NumberFormat {
  let formatter = formatters.get(currencyCode);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: currencyCode });
    formatters.set(currencyCode, formatter);
  }
  return formatter;
}

/** A `Money` object from minor units (`value` is a BigDecimal in major units, as BigCommerce sends). */
export function money(minor: number, currencyCode: string) {
  const value = Math.round(minor) / 100;
  return { currencyCode, value, formattedV2: formatterFor(currencyCode).format(value) };
}

/** A `DateTimeExtended` from epoch milliseconds. */
export function dateTimeExtended(ms: number) {
  return { utc: new Date(ms).toISOString() };
}

/** A BigCommerce-style global node id: base64 of `{Type}:{entityId}`. */
export function nodeId(type: string, entityId: number | string): string {
  return Buffer.from(`${type}:${entityId}`).toString('base64');
}
