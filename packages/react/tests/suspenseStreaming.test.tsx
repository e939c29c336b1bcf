import { QueryClient } from '@tanstack/react-query';
import { renderToReadableStream } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { startStorefront, type Stack, type Tab } from './support/startStorefront.js';
import { suspensePage } from './support/suspensePage.js';

const stack: Stack = startStorefront(import.meta.url);
beforeEach(() => stack.reset());

const tree = (tab: Tab, queryClient: QueryClient, unknown?: number) => suspensePage(tab, queryClient, stack.api, unknown);

async function streamToText(stream: ReadableStream<Uint8Array>) {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
  return text;
}

// Its own file: React's server renderer marks the contexts it rendered (a dev-only check), and a
// client render of the same contexts in the same module graph would then warn about two renderers.
describe('Suspense hooks on the server', () => {
  it('stream a server render: the HTML carries the data of every suspended hook, one request per query', async () => {
    const tab = stack.tab();
    const stream = await renderToReadableStream(tree(tab, new QueryClient()));
    await stream.allReady;
    const html = await streamToText(stream);
    expect(html).toMatch(/Kaffee|Coffee/);
    expect(html).toMatch(/: [A-Z0-9-]+<\/article>/);
    expect(html).toContain('No cart');
    // The cart query is answered from the session (no cart id): no request for it.
    expect(tab.namesSince(0).sort()).toEqual(['BcHeadlessCategoryTree', 'BcHeadlessProduct', 'BcHeadlessProducts']);
  });
});
