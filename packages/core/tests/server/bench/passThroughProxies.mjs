// The handler benchmark's baselines, as `node:http` request listeners, shared by its in-process
// measurement and by proxyProcess.mjs (one proxy per process). Both call upstream with Node's
// global fetch, as the handler does.

/**
 * The baseline: what any hand-written proxy must at least do. Reads the body, adds the token, the
 * trusted-proxy secret and True-Client-IP, forwards, copies status, body and content type back.
 */
export function createPassThrough({ upstream, storefrontToken, secret }) {
  return async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const answer = await fetch(upstream, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${storefrontToken}`, 'x-bc-trusted-proxy-secret': secret, 'true-client-ip': req.socket.remoteAddress.replace(/^::ffff:/, '') },
      body: Buffer.concat(chunks),
    });
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(body);
  };
}

/**
 * The same pass-through plus what the handler must do on every request by contract (issue 4 and
 * `send`): an upstream timeout and an abort when the browser goes away (one AbortController, a
 * timer and a 'close' listener, and the signal handed to fetch, which undici must follow), an
 * X-Correlation-Id, and redirects refused. Not the baseline: a separate row, so that the cost of
 * those features can be told apart from the handler's own (the client-overhead benchmark's (a+)
 * row does the same).
 */
export function createPassThroughPlus({ upstream, storefrontToken, secret }) {
  return async (req, res) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    res.on('close', () => {
      if (!res.writableEnded) controller.abort();
    });
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const answer = await fetch(upstream, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${storefrontToken}`,
          'x-bc-trusted-proxy-secret': secret,
          'true-client-ip': req.socket.remoteAddress.replace(/^::ffff:/, ''),
          'x-correlation-id': crypto.randomUUID(),
        },
        body: Buffer.concat(chunks),
        signal: controller.signal,
        // The handler never follows a redirect (its secret and tokens must not go elsewhere);
        // refusing them also spares fetch a clone of each request, so it is part of this row too.
        redirect: 'error',
      });
      const body = Buffer.from(await answer.arrayBuffer());
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(body);
    } finally {
      clearTimeout(timer);
    }
  };
}
