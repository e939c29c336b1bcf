import { GraphQLError } from 'graphql';
import { StoreError } from '../store/StoreError.js';

/** A GraphQL error the client is meant to see, with `extensions.code` unless `code` is null. */
export function apiError(message: string, code: string | null): GraphQLError {
  return new GraphQLError(message, code === null ? {} : { extensions: { code } });
}

/**
 * Maps anything a resolver threw to what the client sees: store refusals keep their message and
 * code; GraphQL errors pass through; anything else is a sandbox bug, logged and answered as an
 * internal error (never an HTTP 500).
 */
export function toClientError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof StoreError) return apiError(error.message, error.code);
  console.error('[bc-sandbox] internal error in a GraphQL resolver:', error);
  return apiError('Internal error in the BigCommerce sandbox while resolving this field; see the sandbox log.', 'INTERNAL_SERVER_ERROR');
}
