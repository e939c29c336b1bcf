/**
 * A refusal the API reports to the client (unknown cart, version conflict, not enough stock…),
 * as opposed to a bug. The GraphQL layer turns it into a GraphQL error with `extensions.code`, or
 * with no `extensions` when `code` is null (where BigCommerce sends none).
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}
