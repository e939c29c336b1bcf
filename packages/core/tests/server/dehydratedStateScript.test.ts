import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { DEHYDRATED_STATE_ID, readDehydratedState } from '../../src/queries/readDehydratedState.js';
import { dehydratedStateJson, dehydratedStateScript } from '../../src/server/dehydratedStateScript.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// What a shopper, a merchant's product description or a compromised upstream could put in a state.
const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT ><img src=x onerror=alert(1)>',
  '</script\t>',
  '</script/x>',
  '<!--<script>',
  '<!-- </script> -->',
  '<script>alert(1)</script>',
  '--><script>alert(1)</script>',
  '<![CDATA[</script>]]>',
  '<p onclick="alert(1)">Great <b>shoes</b></p><iframe src="javascript:alert(1)"></iframe>',
  '&lt;/script&gt;&amp;',
  '\u2028\u2029',
  '\u0000\ud800 lone surrogate',
  '"; alert(1); "',
  "'`${alert(1)}`",
  '<style></style><svg onload=alert(1)>',
  '<template></script></template>',
];

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html) as unknown as Node);
  return found;
}
const scripts = (html: string) => elements(html).filter((e) => e.tagName === 'script');

const textOf = (element: Element) => element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const documentOf = (html: string) => ({
  getElementById: (id: string) => {
    const element = scripts(html).find((s) => attribute(s, 'id') === id);
    return element ? { textContent: textOf(element) } : null;
  },
});

const stateWith = (text: string) => ({
  mutations: [],
  queries: [{ queryKey: ['bc-headless', 1, 'catalog', 'guest', 'default', 'product', 1], state: { data: { name: text, description: text, [text]: [text] }, status: 'success' } }],
});

describe('dehydratedStateScript in a real HTML parser', () => {
  it.each(HOSTILE)('keeps %j inside exactly one script, with the exact JSON', (text) => {
    const state = stateWith(text);
    const html = `<!doctype html><html><head><title>t</title></head><body><main>${'<p>x</p>'}</main>${dehydratedStateScript(state, { nonce: text })}<p id="after">after</p></body></html>`;
    const found = scripts(html);
    expect(found).toHaveLength(1);
    const [script] = found;
    expect(attribute(script!, 'type')).toBe('application/json');
    expect(attribute(script!, 'id')).toBe(DEHYDRATED_STATE_ID);
    expect(attribute(script!, 'nonce')).toBe(text.replace(/\u0000/g, '\ufffd'));
    expect(JSON.parse(textOf(script!))).toEqual(JSON.parse(JSON.stringify(state)));
    expect(readDehydratedState({ document: documentOf(html) })).toEqual(JSON.parse(JSON.stringify(state)));
    // Exactly the page's own elements: nothing in the state became markup or swallowed the rest.
    expect(elements(html).map((e) => e.tagName)).toEqual(['html', 'head', 'title', 'body', 'main', 'p', 'script', 'p']);
    expect(elements(html).filter((e) => attribute(e, 'id') === 'after')).toHaveLength(1);
  });

  it('keeps all hostile texts together in one state', () => {
    const state = { mutations: [], queries: HOSTILE.map((text, i) => ({ queryKey: [i], state: { data: text } })) };
    const found = scripts(`<body>${dehydratedStateScript(state)}</body>`);
    expect(found).toHaveLength(1);
    expect(JSON.parse(textOf(found[0]!))).toEqual(state);
  });

  it('writes the JSON text alone for frameworks that write the element', () => {
    const json = dehydratedStateJson(stateWith('</script>'));
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(stateWith('</script>'));
  });

  it('uses a custom id, and the reader finds it only under that id', () => {
    const html = `<body>${dehydratedStateScript({ a: 1 }, { id: 'state-2' })}</body>`;
    expect(readDehydratedState({ id: 'state-2', document: documentOf(html) })).toEqual({ a: 1 });
    expect(readDehydratedState({ document: documentOf(html) })).toBeUndefined();
  });

  it.each(['a"><script>', 'x y', '1abc', '', 'a'.repeat(65)])('refuses the id %j', (id) => {
    expect(() => dehydratedStateScript({}, { id })).toThrow(/dehydratedStateScript: id .* is not a plain element id/);
  });

  it('refuses a state JSON cannot write', () => {
    expect(() => dehydratedStateScript(undefined)).toThrow(/serializeJsonForScript/);
  });
});

describe('readDehydratedState', () => {
  it.each([
    ['no document', undefined],
    ['no element', { getElementById: () => null }],
    ['empty text', { getElementById: () => ({ textContent: '' }) }],
    ['text that is not JSON', { getElementById: () => ({ textContent: 'alert(1)' }) }],
  ])('answers undefined for %s', (_name, document) => {
    expect(readDehydratedState(document ? { document } : {})).toBeUndefined();
  });
});
