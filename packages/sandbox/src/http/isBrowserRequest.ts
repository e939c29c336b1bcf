/**
 * Whether a request comes from a web browser, as far as its headers tell: it carries `Origin` or
 * `Sec-Fetch-Site`. BigCommerce does not publish how it recognises one, so this is the sandbox's
 * decision, on these grounds:
 * - browsers send `Origin` on every cross-origin request and on every POST, same-origin ones
 *   included (Fetch Standard, https://fetch.spec.whatwg.org/#origin-header), and `POST /graphql`
 *   is always a POST;
 * - browsers send `Sec-Fetch-Site` on every request (Fetch Metadata, https://www.w3.org/TR/fetch-metadata/;
 *   Chrome 76+, Firefox 90+, Safari 16.4+), and page scripts cannot remove it (a forbidden header);
 * - server runtimes send neither: Node's `fetch` (undici) sends `Sec-Fetch-Mode: cors` only, which
 *   is why that header is not a sign of a browser here.
 * A server that forwards its visitor's `Origin` or `Sec-Fetch-Site` to BigCommerce looks like a
 * browser: a proxy must not pass them on.
 */
export function isBrowserRequest(headers: Record<string, string | undefined>): boolean {
  return Boolean(headers['origin'] || headers['sec-fetch-site']);
}
