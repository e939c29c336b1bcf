import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createServerClient, type ServerClient } from '../../src/server/createServerClient.js';
import { createStorefrontHandler, type StorefrontHandler } from '../../src/server/createStorefrontHandler.js';
import { toNodeHandler } from '../../src/server/toNodeHandler.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server?.closeAllConnections();
  server = undefined;
});

async function serve(listener: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

// A handler that reports what it was given.
const echo: StorefrontHandler = async (request, context) => {
  const headers = new Headers({ 'content-type': 'application/json' });
  headers.append('set-cookie', 'a=1; Path=/');
  headers.append('set-cookie', 'b=2; Path=/');
  return new Response(
    JSON.stringify({
      method: request.method,
      url: request.url,
      remoteAddress: context?.remoteAddress,
      body: request.body ? await request.text() : null,
      cookie: request.headers.get('cookie'),
      aborted: request.signal.aborted,
    }),
    { status: 201, headers },
  );
};

/** Runs `test` with a server client whose GraphQL endpoint is a real server answering with `respond`. */
async function withUpstream(respond: (req: IncomingMessage, res: ServerResponse) => void, test: (client: ServerClient) => Promise<void>) {
  const upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => respond(req, res));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  try {
    await test(createServerClient({ storeHash: 'abc123', storefrontToken: 't', endpoints: { graphql: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql` }, retry: false }));
  } finally {
    upstream.closeAllConnections();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
}

/** A browser that POSTs `body` to the GraphQL route and goes away (closes its connection) once `until` settles. */
async function leaveMidRequest(base: string, body: string, until: Promise<void>) {
  const req = httpRequest(`${base}/api/storefront/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
  req.on('error', () => {});
  req.end(body);
  await until;
  req.destroy();
}

describe('toNodeHandler', () => {
  it('hands the handler a Fetch Request, the socket address and the body, and writes the answer back', async () => {
    const base = await serve(toNodeHandler(echo) as never);
    const response = await fetch(`${base}/api/storefront/graphql?x=1`, { method: 'POST', body: '{"query":"{a}"}', headers: { cookie: 'c=3', 'content-type': 'application/json' } });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const seen = (await response.json()) as Record<string, unknown>;
    expect(seen).toMatchObject({ method: 'POST', remoteAddress: '127.0.0.1', body: '{"query":"{a}"}', cookie: 'c=3', aborted: false });
    expect(seen.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/storefront\/graphql\?x=1$/);
  });

  it('calls next() for other paths (Connect/Express/Vite), or answers 404 without it', async () => {
    const handler = toNodeHandler(echo);
    let nextCalls = 0;
    const base = await serve((req, res) => {
      void handler(req as never, res as never, () => {
        nextCalls += 1;
        res.statusCode = 299;
        res.end('next');
      });
    });
    expect((await fetch(`${base}/other`)).status).toBe(299);
    expect((await fetch(`${base}/api/storefrontX`)).status).toBe(299);
    expect(nextCalls).toBe(2);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server!.closeAllConnections();
    const bare = await serve(toNodeHandler(echo) as never);
    expect((await fetch(`${bare}/other`)).status).toBe(404);
  });

  it('uses the body an earlier body parser (express.json()) already read', async () => {
    const adapter = toNodeHandler(echo);
    const base = await serve(async (req, res) => {
      // What express.json() does: read the stream, leave the parsed object on req.body.
      let text = '';
      for await (const chunk of req) text += chunk;
      Object.assign(req, { body: JSON.parse(text) });
      await adapter(req as never, res as never);
    });
    const response = await fetch(`${base}/api/storefront/graphql`, { method: 'POST', body: '{"query":"{b}"}', headers: { 'content-type': 'application/json' } });
    expect(((await response.json()) as { body: string }).body).toBe('{"query":"{b}"}');
  });

  it('refuses a body over its limit while reading it', async () => {
    const base = await serve(toNodeHandler(echo, { maxBodyBytes: 1000 }) as never);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/api/storefront/graphql`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.write('x'.repeat(800));
      req.end('x'.repeat(800));
    });
    expect(status).toBe(413);
    expect((await fetch(`${base}/api/storefront/graphql`, { method: 'POST', body: 'x'.repeat(2000) })).status).toBe(413);
  });

  it('uses a safe placeholder for a malformed Host header', async () => {
    const base = await serve(toNodeHandler(echo) as never);
    const url = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(`${base}/api/storefront/x`, { headers: { host: 'evil.example/@x' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve((JSON.parse(text) as { url: string }).url));
      });
      req.on('error', reject);
      req.end();
    });
    expect(url).toBe('http://localhost/api/storefront/x');
  });

  it('aborts the handler’s signal when the browser goes away', async () => {
    let aborted: () => void;
    const sawAbort = new Promise<void>((resolve) => (aborted = resolve));
    let started: () => void;
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    const base = await serve(toNodeHandler(async (request) => {
      started();
      await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve()));
      aborted();
      return new Response('late');
    }) as never);
    await leaveMidRequest(base, '{}', handlerStarted);
    await sawAbort;
  });

  it('stops the storefront handler’s upstream request when the browser goes away', async () => {
    let upstreamClosed: () => void;
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    let upstreamAsked: () => void;
    const asked = new Promise<void>((resolve) => (upstreamAsked = resolve));
    const reported: unknown[] = [];
    await withUpstream(
      // Never answers: only the browser going away can end this request.
      (req) => {
        req.socket.once('close', () => upstreamClosed());
        upstreamAsked();
      },
      async (client) => {
        const base = await serve(toNodeHandler(createStorefrontHandler({ client, onError: (error) => reported.push(error) })) as never);
        await leaveMidRequest(base, '{"query":"{ site { settings { storeName } } }"}', asked);
        await closed;
        await expect.poll(() => reported.map((error) => (error as Error).name)).toEqual(['AbortError']);
      },
    );
  });

  it('answers 500 when the handler throws and there is no next', async () => {
    const base = await serve(toNodeHandler(async () => {
      throw new Error('boom');
    }) as never);
    const response = await fetch(`${base}/api/storefront/graphql`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('boom');
  });

  it('writes the same GraphQL answer for the handler itself and for an app wrapper that reads the body', async () => {
    const answer = '{"data":{"site":{"settings":{"storeName":"Wrapped"}}}}';
    await withUpstream(
      (_req, res) => {
        res.setHeader('x-bc-graphql-complexity', '1');
        res.end(answer); // no Content-Type: the answer then gets Fetch's text/plain default either way
      },
      async (client) => {
        const handler = createStorefrontHandler({ client });
        const seenByWrapper: string[] = [];
        const wrapper: StorefrontHandler = async (request, context) => {
          const response = await handler(request, context);
          const text = await response.text();
          seenByWrapper.push(text);
          return new Response(text, response);
        };
        const direct = toNodeHandler(handler);
        const wrapped = toNodeHandler(wrapper);
        const base = await serve((req, res) => void (req.url?.includes('wrapped') ? wrapped : direct)(req as never, res as never));
        const ask = (path: string) => fetch(`${base}${path}`, { method: 'POST', body: '{"query":"{ site { settings { storeName } } }"}', headers: { 'content-type': 'application/json' } });
        const headerSets: Record<string, string>[] = [];
        for (const path of ['/api/storefront/graphql', '/api/storefront/graphql?wrapped']) {
          const response = await ask(path);
          expect(response.status, path).toBe(200);
          expect(await response.text(), path).toBe(answer);
          expect(response.headers.get('content-type'), path).toBe('text/plain;charset=UTF-8');
          expect(response.headers.get('content-length'), path).toBe(String(answer.length));
          expect(response.headers.get('x-bc-graphql-complexity'), path).toBe('1');
          const { date: _date, 'x-correlation-id': id, ...rest } = Object.fromEntries(response.headers);
          expect(id, path).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
          headerSets.push(rest);
        }
        // The handler's own answer and the wrapper's carry exactly the same header lines.
        expect(headerSets[0]).toEqual(headerSets[1]);
        expect(Object.keys(headerSets[0]!).sort()).toEqual(['cache-control', 'connection', 'content-length', 'content-type', 'keep-alive', 'x-bc-graphql-complexity']);
        expect(seenByWrapper).toEqual([answer]);
        // Called directly (an edge runtime, Vite's dev server), the handler answers with a real body.
        const directAnswer = await handler(
          new Request('http://127.0.0.1/api/storefront/graphql', { method: 'POST', body: '{"query":"{ a }"}', headers: { 'content-type': 'application/json' } }),
          { remoteAddress: '127.0.0.1' },
        );
        expect(await directAnswer.text()).toBe(answer);
      },
    );
  });

  it('gives app callbacks the real Request', async () => {
    await withUpstream(
      (req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { acceptLanguage: req.headers['accept-language'] ?? null } }));
      },
      async (client) => {
        const seen: unknown[] = [];
        const handler = createStorefrontHandler({
          client,
          locale: (request) => {
            seen.push(request instanceof Request, new URL(request.url).pathname, request.headers.get('x-shop-lang'), request.method);
            return request.headers.get('x-shop-lang') ?? undefined;
          },
        });
        const base = await serve(toNodeHandler(handler) as never);
        const response = await fetch(`${base}/api/storefront/graphql`, {
          method: 'POST',
          body: '{"query":"{ a }"}',
          headers: { 'content-type': 'application/json', 'x-shop-lang': 'fr-CA' },
        });
        expect(await response.json()).toEqual({ data: { acceptLanguage: 'fr-CA' } });
        expect(seen).toEqual([true, '/api/storefront/graphql', 'fr-CA', 'POST']);
      },
    );
  });

  it('writes a GraphQL answer to a bare response object with setHeader and end', async () => {
    const answer = '{"data":{"a":"é"}}';
    await withUpstream(
      (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(answer);
      },
      async (client) => {
        const adapter = toNodeHandler(createStorefrontHandler({ client }));
        const body = '{"query":"{ a }"}';
        // A bare request and response object: what a framework without Node's writeHead would hand over.
        const req = {
          method: 'POST',
          url: '/api/storefront/graphql',
          headers: { host: '127.0.0.1', 'content-type': 'application/json', 'content-length': String(body.length) },
          socket: { remoteAddress: '127.0.0.1' },
          async *[Symbol.asyncIterator]() {
            yield new TextEncoder().encode(body);
          },
        };
        const headers: Record<string, string | string[]> = {};
        let ended: Uint8Array | string | undefined;
        const res = {
          statusCode: 0,
          setHeader: (name: string, value: string | string[]) => void (headers[name] = value),
          end: (chunk?: Uint8Array | string) => void (ended = chunk),
          on: () => {},
        };
        await adapter(req, res);
        expect(res.statusCode).toBe(200);
        expect(new TextDecoder().decode(ended as Uint8Array)).toBe(answer);
        expect(headers).toMatchObject({ 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': String(new TextEncoder().encode(answer).byteLength) });
        expect(headers['x-correlation-id']).toMatch(/^[\da-f-]{36}$/);
      },
    );
  });
});

describe('the GraphQL pass-through’s answers', () => {
  const whole = JSON.stringify({ data: { site: { settings: { storeName: 'Mug {large} "quoted" \\ [blue]' } } } });
  const notAnswers = ['', '<html>Down for maintenance</html>', whole.slice(0, whole.length - 1), whole.slice(0, 20), '[1,2]', 'null', '"text"', `${whole}garbage`];

  it.each(notAnswers)('passes a whole JSON object on as sent, and answers %j with a 502 the browser retries', async (body) => {
    let answer = whole;
    await withUpstream(
      (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(answer);
      },
      async (client) => {
        const base = await serve(toNodeHandler(createStorefrontHandler({ client })) as never);
        const ask = () => fetch(`${base}/api/storefront/graphql`, { method: 'POST', body: '{"query":"{ a }"}', headers: { 'content-type': 'application/json' } });
        const good = await ask();
        expect(good.status).toBe(200);
        expect(await good.text()).toBe(whole);
        answer = body;
        const bad = await ask();
        expect(bad.status).toBe(502);
        expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('UPSTREAM_ERROR');
      },
    );
  });
});
