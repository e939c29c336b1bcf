import type { HandlerRequest } from './HandlerRequest.js';

const FETCH_REQUEST = Symbol('bc-headless.fetchRequest');

/** A Node request seen as a `HandlerRequest`, able to become a real `Request` for app callbacks. */
export interface NodeRequestView extends HandlerRequest {
  readonly [FETCH_REQUEST]: () => Request;
}

type NodeHeaders = Record<string, string | string[] | undefined>;

// Classes rather than closures in object literals: the view is made once per request on the
// handler's hot path, and methods on a prototype cost no allocation.
class NodeHeaderReader {
  constructor(private readonly headers: NodeHeaders) {}
  get(name: string): string | null {
    const value = this.headers[name.toLowerCase()];
    // Node joins repeated lines into one string, except Set-Cookie (an array), as Headers.get joins them.
    return value === undefined || name.startsWith(':') ? null : Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.get(name) !== null;
  }
}

class NodeRequestViewImpl implements NodeRequestView {
  readonly headers: NodeHeaderReader;
  readonly body = null;
  private request: Request | undefined;
  constructor(
    readonly method: string,
    readonly url: string,
    headers: NodeHeaders,
    private readonly toRequest: () => Request,
  ) {
    this.headers = new NodeHeaderReader(headers);
  }
  [FETCH_REQUEST](): Request {
    return (this.request ??= this.toRequest());
  }
}

/**
 * A `HandlerRequest` over a Node request's parsed headers (names in lower case, as Node gives
 * them), without building a Fetch `Request`: in Node 20 that costs a URL parse and a `Headers`
 * filled and validated line by line, about 27 µs per request, for routes that read three headers.
 * `toRequest` builds the real one, once, when an app callback asks for it.
 */
export function createNodeRequestView(method: string, url: string, headers: NodeHeaders, toRequest: () => Request): NodeRequestView {
  return new NodeRequestViewImpl(method, url, headers, toRequest);
}

/** The Fetch `Request` behind a `HandlerRequest`: itself, or the one a Node request view builds. */
export function toFetchRequest(request: HandlerRequest): Request {
  return FETCH_REQUEST in request ? (request as NodeRequestView)[FETCH_REQUEST]() : (request as Request);
}
