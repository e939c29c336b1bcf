import { createReadableStreamFromReadable } from '@react-router/node';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerRouter, type EntryContext } from 'react-router';

// React Router's default Node entry, plus a Content-Security-Policy with a fresh nonce per page:
// only scripts carrying it run (React Router's inline hydration data and module loader get it
// through <ServerRouter nonce>, see React Router's "Security" how-to). Crawlers get the whole
// page at once (onAllReady), shoppers a stream (onShellReady).
const BOT = /bot|crawl|spider|slurp|lighthouse|facebookexternalhit|embedly|preview/i;
const STREAM_TIMEOUT = 5_000;

export default function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  if (request.method.toUpperCase() === 'HEAD') return new Response(null, { status, headers });
  const nonce = randomBytes(16).toString('base64');
  const dev = process.env.NODE_ENV !== 'production';
  if (!dev) {
    // Product images come from the store's CDN (another origin); inline style attributes are React's `style`.
    headers.set(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; connect-src 'self'; base-uri 'none'; form-action 'self' https: http:; frame-ancestors 'none'; object-src 'none'`,
    );
  }
  const ready = BOT.test(request.headers.get('user-agent') ?? '') || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} nonce={nonce} />, {
      nonce,
      [ready]() {
        shellRendered = true;
        const body = new PassThrough();
        headers.set('Content-Type', 'text/html; charset=utf-8');
        resolve(new Response(createReadableStreamFromReadable(body), { status, headers }));
        pipe(body);
      },
      onShellError: reject,
      onError(error: unknown) {
        status = 500;
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, STREAM_TIMEOUT + 1000);
  });
}

export const streamTimeout = STREAM_TIMEOUT;
