import type { StorefrontHandler } from './createStorefrontHandler.js';

/** The parts of Node's `IncomingMessage` the adapter reads (structural, so no Node types are needed). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string | undefined; encrypted?: boolean };
  /** Set by Connect/Express when mounted under a path: the full URL. */
  originalUrl?: string;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): unknown;
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
}

/**
 * Adapts a Fetch API handler to `node:http`, Connect/Express and Vite middleware:
 * `(req, res, next?)`. The socket's address becomes `remoteAddress`; bodies are streamed both ways.
 */
export function toNodeHandler(handler: StorefrontHandler, options: ToNodeHandlerOptions = {}) {
  const basePath = (options.basePath ?? '/api/storefront').replace(/\/+$/, '');
  return async (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): Promise<void> => {
    const path = req.originalUrl ?? req.url ?? '/';
    const pathname = path.split('?')[0]!;
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
      const request = toRequest(req, path, controller.signal);
      const response = await handler(request, { ...(req.socket.remoteAddress ? { remoteAddress: req.socket.remoteAddress } : {}) });
      await writeResponse(res, response);
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else res.destroy?.(error as Error);
    }
  };
}

function toRequest(req: NodeRequestLike, path: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers are not headers.
    if (value === undefined || name.startsWith(':')) continue;
    try {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    } catch {
      // A value Fetch refuses is dropped, not fatal.
    }
  }
  const host = (Array.isArray(req.headers.host) ? req.headers.host[0] : req.headers.host) ?? 'localhost';
  const safeHost = /^[\w.-]+(?::\d+)?$|^\[[\da-fA-F:.]+\](?::\d+)?$/.test(host) ? host : 'localhost';
  const url = `${req.socket.encrypted ? 'https' : 'http'}://${safeHost}${path.startsWith('/') ? path : `/${path}`}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (hasBody) {
    // Pull-based, so a body is read from the socket only as fast as the handler consumes it, and
    // cancelling (over the size limit) destroys the request stream instead of buffering the rest.
    const iterator = req[Symbol.asyncIterator]();
    init.body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    // Node's fetch needs this for a streamed request body.
    init.duplex = 'half';
  }
  return new Request(url, init);
}

async function writeResponse(res: NodeResponseLike, response: Response): Promise<void> {
  res.statusCode = response.status;
  const cookies = response.headers.getSetCookie();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}
