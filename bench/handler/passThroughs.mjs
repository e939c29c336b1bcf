// The handler benchmark's baselines: the least any hand-written proxy to BigCommerce must do. Each
// reads the body, adds the token, the trusted-proxy secret and True-Client-IP, forwards with Node's
// global fetch (as the handler does), and copies status, body and content type back.

const upstreamHeaders = ({ storefrontToken, secret }, clientIp) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${storefrontToken}`,
  'x-bc-trusted-proxy-secret': secret,
  'true-client-ip': clientIp.replace(/^::ffff:/, ''),
});

/** As a `node:http` request listener: the baseline of `toNodeHandler`. */
export function nodePassThrough(options) {
  return async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const answer = await fetch(options.upstream, { method: 'POST', headers: upstreamHeaders(options, req.socket.remoteAddress), body: Buffer.concat(chunks) });
    const body = Buffer.from(await answer.arrayBuffer());
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(body);
  };
}

/** As a Fetch handler `(request, client) => Response`, the shape a framework's server hands it. */
export function fetchPassThrough(options) {
  return async (request, client) => {
    const answer = await fetch(options.upstream, { method: 'POST', headers: upstreamHeaders(options, client.address), body: await request.arrayBuffer() });
    return new Response(await answer.arrayBuffer(), { status: answer.status, headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' } });
  };
}
