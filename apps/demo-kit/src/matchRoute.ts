/** The cursor and page number of a catalog page (`?after=`, `?before=`, `?page=`). */
export interface Paging {
  after: string | null;
  before: string | null;
  page: number;
}

/** A route of the demo storefronts, with what its page needs from the address. */
export type DemoRoute = { key: string } & (
  | ({ name: 'home' } & Paging)
  | ({ name: 'category'; categoryEntityId: number } & Paging)
  | ({ name: 'search'; searchTerm: string } & Paging)
  | { name: 'product'; entityId: number }
  | { name: 'cart' }
  | { name: 'checkout' }
  | { name: 'login'; redirectTo: string | null }
  | { name: 'order'; orderId: number; correlationId: string | null }
  | { name: 'not-found' }
);

/**
 * The demos' whole route table: which page a path and query name. `key` says when a page starts
 * over (another category, search or product) and when it updates in place (Next / Previous keep
 * the key).
 */
export function matchRoute(pathname: string, params: URLSearchParams): DemoRoute {
  const paging: Paging = { after: params.get('after'), before: params.get('before'), page: Number(params.get('page') ?? 1) };
  let match: RegExpExecArray | null;
  if (pathname === '/') return { name: 'home', key: 'home', ...paging };
  if ((match = /^\/category\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname))) return { name: 'category', key: `category/${match[1]}`, categoryEntityId: Number(match[1]), ...paging };
  if (pathname === '/search') return { name: 'search', key: `search/${params.get('q')}`, searchTerm: params.get('q') ?? '', ...paging };
  if ((match = /^\/product\/(\d+)(?:\/[\w-]*)?\/?$/.exec(pathname))) return { name: 'product', key: `product/${match[1]}`, entityId: Number(match[1]) };
  if (pathname === '/cart') return { name: 'cart', key: 'cart' };
  if (pathname === '/checkout') return { name: 'checkout', key: 'checkout' };
  if (pathname === '/login') return { name: 'login', key: 'login', redirectTo: params.get('redirectTo') };
  if ((match = /^\/order\/(\d+)$/.exec(pathname))) return { name: 'order', key: `order/${match[1]}`, orderId: Number(match[1]), correlationId: params.get('correlationId') };
  return { name: 'not-found', key: 'not-found' };
}
