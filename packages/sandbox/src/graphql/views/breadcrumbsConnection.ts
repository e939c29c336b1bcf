import { paginate, type PageArgs } from '../connection.js';
import { apiError } from '../apiError.js';

/** One step of a breadcrumb trail. */
export interface Crumb {
  entityId: number;
  name: string;
  path: string | null;
}

/**
 * `breadcrumbs(depth:)` of a category or web page: the trail from the top level down to the
 * entity itself, at most `depth` steps from the top.
 */
export function breadcrumbsConnection(trail: readonly Crumb[], args: PageArgs & { depth: number }, name: string) {
  if (!Number.isInteger(args.depth) || args.depth < 0) {
    throw apiError(`Invalid argument depth: ${args.depth} for ${name}: it must be a non-negative integer (how many levels from the top to return).`, 'BAD_USER_INPUT');
  }
  return paginate(trail.slice(0, args.depth), args, (c) => c, name);
}
