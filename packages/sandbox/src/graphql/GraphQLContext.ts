import type { SandboxDeps } from '../SandboxDeps.js';
import type { SandboxRequest } from '../SandboxRequest.js';
import type { Store, StoreCustomer } from '../store/Store.js';
import type { AcceptedToken } from './storefrontToken.js';

/** Per-request state every resolver sees. */
export interface GraphQLContext {
  deps: SandboxDeps;
  store: Store;
  req: SandboxRequest;
  /** The request's GraphQL token: its kind and, for a private token, its scopes. */
  token: AcceptedToken;
  /** The request's locale: the directive's, else Accept-Language's, else the default. */
  locale: string;
  /**
   * The customer of a valid `X-Bc-Customer-Access-Token`, or of `X-Bc-Customer-Id` with a customer
   * impersonation token, else null (guest).
   */
  customer: StoreCustomer | null;
  customerAccessToken: string | null;
  /**
   * Set by a resolver whose answer is not HTTP 200 (the session-sync lockout's 429); the handler
   * then answers with it instead of the execution result.
   */
  httpOverride: { status: number; headers: Record<string, string>; message: string; code: string } | null;
}
