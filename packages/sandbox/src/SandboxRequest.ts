/**
 * One HTTP request as the sandbox's route handlers see it: already read, size-checked and
 * attributed to a client IP by the server (see `http/`), so handlers never touch sockets.
 */
export interface SandboxRequest {
  method: string;
  url: URL;
  /** Request headers with lower-case names. */
  headers: Record<string, string>;
  /** The raw body (empty for GET). */
  body: Buffer;
  /**
   * The IP BigCommerce would attribute this request to: `True-Client-IP` when the request carries
   * the right `X-BC-Trusted-Proxy-Secret`, else the connection's address.
   */
  clientIp: string;
  /** The TCP peer's address. */
  connectionIp: string;
}

/** What a route handler answers. `drop` closes the connection without a response (fault injection). */
export type SandboxResponse =
  | { status: number; headers?: Record<string, string>; body?: string | Uint8Array }
  | { drop: true };
