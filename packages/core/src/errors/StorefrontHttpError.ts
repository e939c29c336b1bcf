import { StorefrontError } from './StorefrontError.js';

/** The server answered with a non-2xx status, or a 2xx the client could not read. */
export class StorefrontHttpError extends StorefrontError {
  declare readonly status: number;
  /** The first 200 characters of the response body, as sent (e.g. an HTML 502 page). */
  declare readonly excerpt: string;
  /** The response body parsed as JSON, when it was JSON. */
  declare readonly body?: unknown;
  override name = 'StorefrontHttpError';
}
