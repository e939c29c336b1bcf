/** Fields every bc-headless error may carry; subclasses add their own. */
export interface StorefrontErrorFields {
  /** The `X-Correlation-Id` of the request or operation that failed. */
  correlationId?: string;
  /** The name given to `client.operation(name, …)` when the error happened inside one. */
  operationName?: string;
}

const RESERVED = new Set(['message', 'name', 'stack', 'cause']);

/** Base class of every error bc-headless throws: catch this to catch them all. */
export class StorefrontError extends Error {
  declare correlationId?: string;
  declare operationName?: string;
  override name = 'StorefrontError';

  constructor(message: string, fields?: object, cause?: unknown) {
    super(message, { cause });
    // Fields are copied rather than declared one by one, which keeps every subclass a one-liner;
    // an upstream body among them can never replace what identifies the error.
    for (const [key, value] of Object.entries(fields ?? {})) if (!RESERVED.has(key)) (this as Record<string, unknown>)[key] = value;
  }
}
