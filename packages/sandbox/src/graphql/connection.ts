import { apiError } from './apiError.js';

/** Relay pagination arguments as BigCommerce's connections take them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Items per page when neither `first` nor `last` is given (shared/bigcommerce-api.md). */
export const DEFAULT_PAGE_SIZE = 10;
/** Most items one list returns (BigCommerce: at most 50 products per query). */
export const MAX_PAGE_SIZE = 50;

const PREFIX = 'arrayconnection:';

function encodeCursor(index: number): string {
  return Buffer.from(`${PREFIX}${index}`).toString('base64');
}

function decodeCursor(cursor: string, name: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const index = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(index) || index < 0 || encodeCursor(index) !== cursor) {
    throw apiError(`Invalid cursor "${cursor}" for ${name}: pass a cursor from this list's edges or pageInfo.`, 'BAD_USER_INPUT');
  }
  return index;
}

function checkCount(value: number | null | undefined, arg: string, name: string): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw apiError(`Invalid argument ${arg}: ${value} for ${name}: it must be between 0 and ${MAX_PAGE_SIZE}.`, 'BAD_USER_INPUT');
  }
}

/** A connection over an in-memory list: opaque cursors, `first/after/last/before`, default 10. */
export function paginate<T, N>(items: readonly T[], args: PageArgs, toNode: (item: T) => N, name: string) {
  checkCount(args.first, 'first', name);
  checkCount(args.last, 'last', name);
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.min(end, decodeCursor(args.after, name) + 1);
  if (args.before) end = Math.max(start, Math.min(end, decodeCursor(args.before, name)));
  if (args.first != null) end = Math.min(end, start + args.first);
  else if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  const edges = items.slice(start, end).map((item, i) => ({ cursor: encodeCursor(start + i), node: () => toNode(item) }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
    },
    collectionInfo: { totalItems: items.length },
  };
}
