// `<` and `>` stop `</script>` and `<!--` (which switches the HTML tokenizer into a state where a
// later `</script>` no longer ends the element); `&` keeps the text identical if it ever lands in
// an attribute or XHTML. U+2028/U+2029 are valid in JSON but were line terminators in JavaScript
// before ES2019, so an older engine reading the text as a script would fail on them.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `JSON.stringify(value)` made safe to place inside an HTML `<script>` element (dehydrated query
 * state, JSON-LD): no text of the value, however hostile (`</script>`, `<!--`, event-handler
 * markup, U+2028), can end the element or be read as HTML. The result parses back with
 * `JSON.parse` to the same value. Throws a `TypeError` for values JSON cannot represent at the top
 * level (`undefined`, a function, a symbol) rather than writing an empty script.
 */
export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) {
    throw new TypeError(`serializeJsonForScript: ${typeof value} cannot be written as JSON; pass an object, array, string, number, boolean or null.`);
  }
  return json.replace(UNSAFE, (ch) => ESCAPES[ch]!);
}
