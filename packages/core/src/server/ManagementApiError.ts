import { StorefrontHttpError } from '../errors/StorefrontHttpError.js';

/**
 * The Management API refused a request. `title`, `type` and `errors` come from BigCommerce's
 * error body, in either of its shapes: `{ status, title, type, errors }` or `{ data: [{ … }] }`.
 */
export class ManagementApiError extends StorefrontHttpError {
  declare readonly title: string;
  declare readonly type?: string;
  declare readonly detail?: string;
  declare readonly errors?: unknown;
  override name = 'ManagementApiError';

  /** Builds the typed error from an HTTP error and its parsed body. */
  static from(error: StorefrontHttpError, api: string): ManagementApiError {
    const body = error.body as Record<string, unknown> | undefined;
    const first = Array.isArray(body?.data) ? (body.data[0] as Record<string, unknown> | undefined) : body;
    const title = typeof first?.title === 'string' ? first.title : `HTTP ${error.status}`;
    return new ManagementApiError(
      `${api}: ${title}${typeof first?.detail === 'string' ? ` (${first.detail})` : ''}`,
      {
        correlationId: error.correlationId,
        operationName: error.operationName,
        status: error.status,
        excerpt: error.excerpt,
        body: error.body,
        title,
        ...(typeof first?.type === 'string' ? { type: first.type } : {}),
        ...(typeof first?.detail === 'string' ? { detail: first.detail } : {}),
        ...(first?.errors !== undefined ? { errors: first.errors } : {}),
      },
      error,
    );
  }
}
