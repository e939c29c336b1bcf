import type { StorefrontHandler } from './createStorefrontHandler.js';
import { forEachHeader } from './forEachHeader.js';

/** The parts of Node's `IncomingMessage` the adapter reads (structural, so no Node types are needed). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string | undefined; encrypted?: boolean };
  /** Set by Connect/Express when mounted under a path: the full URL. */
  originalUrl?: string;
  /** True once the body stream has been read, e.g. by Express's `express.json()`. */
  readableEnded?: boolean;
  /** What a body parser that ran before the adapter left (then used instead of the stream). */
  body?: unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array | string): unknown;
  readonly headersSent?: boolean;
  readonly writableEnded?: boolean;
  destroy?(error?: Error): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** Options of `toNodeHandler`. */
export interface ToNodeHandlerOptions {
  /** Only requests under this path go to the handler; others call `next` (or 404). Default `/api/storefront`. */
  basePath?: string;
  /**
   * Bodies larger than this are refused with 413 while being read, before the handler runs
   * (default 1 MiB; the handler applies its own, smaller, per-route limit).
   */
  maxBodyBytes?: number;
}

/**
 * Adapts a Fetch API handler to `node:http`, Connect/Express and Vite middleware:
 * `(req, res, next?)`. The handler gets a real `Request` (its `signal` aborts when the browser goes
 * away) and the socket's address as `remoteAddress`; bodies (small JSON both ways) are buffered,
 * the request's up to `maxBodyBytes`. Any Fetch handler works, an app's wrapper included.
 */
export function toNodeHandler(handler: StorefrontHandler, options: ToNodeHandlerOptions = {}) {
  const basePath = (options.basePath ?? '/api/storefront').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return async (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): Promise<void> => {
    const path = req.originalUrl ?? req.url ?? '/';
    const query = path.indexOf('?');
    const pathname = query < 0 ? path : path.slice(0, query);
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
      if (next) return next();
      res.statusCode = 404;
      res.end();
      return;
    }
    try {
      const controller = new AbortController();
      // The response (not the request, whose 'close' fires once its body is read) closing before
      // it was finished means the browser went away: stop the upstream work too.
      res.on('close', () => {
        if (!res.writableEnded) controller.abort();
      });
      const method = (req.method ?? 'GET').toUpperCase();
      let body: Uint8Array<ArrayBuffer> | null = null;
      if (method !== 'GET' && method !== 'HEAD') {
        body = await readNodeBody(req, maxBodyBytes);
        if (body === null) {
          res.statusCode = 413;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('connection', 'close');
          res.end(JSON.stringify({ error: { code: 'PAYLOAD_TOO_LARGE', message: `Request bodies are limited to ${maxBodyBytes} bytes.` } }));
          return;
        }
      }
      const request = toRequest(req, requestUrl(req, path), method, body, controller.signal);
      await writeResponse(res, await handler(request, { remoteAddress: req.socket.remoteAddress || undefined }));
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else res.destroy?.(error as Error);
    }
  };
}

// Buffers the body up to `limit` bytes (bodies here are small JSON); null when it is larger, after
// which the rest is not read.
async function readNodeBody(req: NodeRequestLike, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (req.readableEnded) {
    // A body parser (express.json(), express.text()) consumed the stream first: use its result.
    const parsed = req.body;
    const text = typeof parsed === 'string' ? parsed : parsed !== undefined && parsed !== null ? JSON.stringify(parsed) : '';
    const bytes = new TextEncoder().encode(text);
    return bytes.byteLength > limit ? null : bytes;
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) return null;
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

// The request's absolute URL: the Host header when it is a plain host[:port], else a placeholder
// (it only ever names this server, and a malformed one must not break URL parsing downstream).
function requestUrl(req: NodeRequestLike, path: string): string {
  const host = (Array.isArray(req.headers.host) ? req.headers.host[0] : req.headers.host) ?? 'localhost';
  return `${req.socket.encrypted ? 'https' : 'http'}://${safeHostOf(host)}${path.startsWith('/') ? path : `/${path}`}`;
}

function safeHostOf(host: string): string {
  return /^[\w.-]+(?::\d+)?$|^\[[\da-fA-F:.]+\](?::\d+)?$/.test(host) ? host : 'localhost';
}

function toRequest(req: NodeRequestLike, url: string, method: string, body: Uint8Array<ArrayBuffer> | null, signal: AbortSignal): Request {
  const headers: [string, string][] = [];
  forEachHeader(req.headers, (name, value) => headers.push([name, value]));
  try {
    return new Request(url, { method, headers, body, signal });
  } catch {
    // A header value Fetch refuses (Node accepted it): drop the invalid ones, keep the rest.
    const valid = headers.filter(([name, value]) => {
      try {
        new Headers([[name, value]]);
        return true;
      } catch {
        return false;
      }
    });
    return new Request(url, { method, headers: valid, body, signal });
  }
}

// The handler's answers are small JSON documents (or redirects): written in one piece, with their
// length, rather than streamed.
async function writeResponse(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  if (body) res.setHeader('content-length', String(body.byteLength));
  res.end(body ?? undefined);
}
