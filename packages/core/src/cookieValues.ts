/**
 * Every value under `name` in a `Cookie` header (or `document.cookie`), in order, each trimmed and
 * without one pair of surrounding double quotes (RFC 6265 §4.1.1). All of them, not the first: a
 * name sent twice with different values is how a sibling subdomain tosses a cookie in, and only
 * the caller knows whether to refuse that. The one cookie parser in core, browser-safe.
 */
export function cookieValues(header: string, name: string): string[] {
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    const value = pair.slice(eq + 1).trim();
    values.push(value.length > 1 && value[0] === '"' && value.endsWith('"') ? value.slice(1, -1) : value);
  }
  return values;
}
