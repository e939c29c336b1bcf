// A browser tab's fetch for tests in a DOM environment: plain node:http (happy-dom's fetch would
// send its page's Origin, which the handler rightly refuses as cross-site, and keep cookies its
// own way), plus what a browser adds: the cookies earlier answers set.
import { request as httpRequest } from 'node:http';

function send(url, init, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: Object.fromEntries(headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    init.signal?.addEventListener('abort', () => req.destroy(new DOMException('aborted', 'AbortError')));
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

/** A tab's cookie jar, a `fetch` that keeps it, and the list of what was sent. */
export function createTabFetch() {
  const cookies = new Map();
  const sent = [];
  const tabFetch = async (input, init = {}) => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const body = typeof init.body === 'string' ? init.body : '';
    const operationName = url.pathname.endsWith('/graphql') ? (/(?:query|mutation)\s+(\w+)/.exec(JSON.parse(body).query)?.[1] ?? null) : null;
    sent.push({ method: init.method ?? 'GET', path: url.pathname, operationName, correlationId: headers.get('x-correlation-id') });
    const answer = await send(url, init, headers);
    const setCookie = answer.headers['set-cookie'] ?? [];
    for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
      const [pair = ''] = line.split('; ');
      const eq = pair.indexOf('=');
      if (/Max-Age=0/i.test(line) || eq === pair.length - 1) cookies.delete(pair.slice(0, eq));
      else cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) if (typeof value === 'string' && name !== 'set-cookie') responseHeaders.set(name, value);
    const nullBody = answer.status === 204 || answer.status === 304 || (answer.status >= 300 && answer.status < 400);
    return new Response(nullBody ? null : answer.body, { status: answer.status, headers: responseHeaders });
  };
  return { cookies, sent, fetch: tabFetch };
}
