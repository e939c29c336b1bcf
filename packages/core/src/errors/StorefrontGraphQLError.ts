import { StorefrontError } from './StorefrontError.js';

/** One entry of a GraphQL response's `errors` list. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The GraphQL response had `errors`; `data` holds whatever partial data came with them. */
export class StorefrontGraphQLError extends StorefrontError {
  declare readonly errors: GraphQLErrorEntry[];
  declare readonly data?: unknown;
  override name = 'StorefrontGraphQLError';
}
