/** A `Money` object from minor units (`value` is a BigDecimal in major units, as BigCommerce sends). */
export function money(minor: number, currencyCode: string) {
  const value = Math.round(minor) / 100;
  return {
    currencyCode,
    value,
    formattedV2: new Intl.NumberFormat('en-US', { style: 'currency', currency: currencyCode }).format(value),
  };
}

/** A `DateTimeExtended` from epoch milliseconds. */
export function dateTimeExtended(ms: number) {
  return { utc: new Date(ms).toISOString() };
}

/** A BigCommerce-style global node id: base64 of `{Type}:{entityId}`. */
export function nodeId(type: string, entityId: number | string): string {
  return Buffer.from(`${type}:${entityId}`).toString('base64');
}
