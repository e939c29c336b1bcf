import { buildRequestHeaders, type HeadersInput } from './buildRequestHeaders.js';
import { createPayment, type CreatePaymentInput, type Payment, type PaymentOptions } from './createPayment.js';
import { createUuid, isUuid } from './createUuid.js';
import { documentToString } from './documentToString.js';
import { CustomerAccessTokenError } from './errors/CustomerAccessTokenError.js';
import { StorefrontConfigError } from './errors/StorefrontConfigError.js';
import { InsufficientScopeError } from './errors/InsufficientScopeError.js';
import { StorefrontGraphQLError, type GraphQLErrorEntry } from './errors/StorefrontGraphQLError.js';
import type { ResolvedConfig } from './resolveConfig.js';
import { send, type SendResult } from './send.js';
import type { TypedDocument } from './TypedDocument.js';

/** Per-request options of `client.request`. */
export interface RequestOptions {
  /** `X-Bc-Customer-Access-Token`: only where the token is allowed to be (a server). */
  customerAccessToken?: string;
  /** `Accept-Language` for this request. */
  locale?: string;
  /** Aborts the request and any retry wait. */
  signal?: AbortSignal;
  /** A known `X-Correlation-Id` (a UUID) instead of a fresh one. */
  correlationId?: string;
  /** Extra headers; they can never replace the ones bc-headless sets. */
  headers?: HeadersInput;
  /** Per-attempt timeout for this request. */
  timeoutMs?: number;
}

/** `[variables, options]`, with `variables` required only when the document has required ones. */
export type RequestArgs<TVariables, TOptions = RequestOptions> = {} extends TVariables
  ? [variables?: TVariables, options?: TOptions]
  : [variables: TVariables, options?: TOptions];

/** A GraphQL request function whose result and variables follow the document's types. */
export type RequestFn<TOptions = RequestOptions> = <TResult = Record<string, any>, TVariables = Record<string, any>>(
  document: TypedDocument<TResult, TVariables>,
  ...args: RequestArgs<NoInfer<TVariables>, TOptions>
) => Promise<TResult>;

/** One business operation: every request made through it carries its `X-Correlation-Id`. */
export interface Operation {
  /** The name given to `client.operation`. */
  readonly name: string;
  /** This operation's `X-Correlation-Id`, shared by nested operations. */
  readonly correlationId: string;
  /** `client.request` with this operation's correlation id. */
  request: RequestFn<Omit<RequestOptions, 'correlationId'>>;
  /** A nested operation: same correlation id, its own name in errors. */
  operation<T>(name: string, fn: (op: Operation) => Promise<T> | T): Promise<T>;
  /** BigCommerce's Payments API, correlated with this operation. */
  payments: { create(input: CreatePaymentInput, options?: PaymentOptions): Promise<Payment> };
}

/** Options of `client.operation`. */
export interface OperationOptions {
  /** Reuse this operation's correlation id (a nested operation). */
  parent?: Pick<Operation, 'correlationId'>;
  /** Use this known id (a UUID), e.g. one received from the browser. */
  correlationId?: string;
}

/** A REST call made inside an operation (Payments API, and the Management API from the server). */
export interface RestRequest {
  url: string;
  /** Default `GET`. */
  method?: string;
  /** Serialised as JSON. */
  body?: unknown;
  /** The full `Authorization` value, e.g. `PAT …`. */
  authorization?: string;
  /** Default `application/json`. */
  accept?: string;
  /** Extra headers, e.g. `X-Auth-Token` for the Management API. */
  headers?: HeadersInput;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/** A 2xx REST answer: `json` is the parsed body (`undefined` when it was not JSON). */
export type RestResponse = SendResult;

/** The operation object the server entry gets: the public one plus a correlated REST call. */
export interface CoreOperation extends Operation {
  rest(request: RestRequest): Promise<RestResponse>;
  operation<T>(name: string, fn: (op: CoreOperation) => Promise<T> | T): Promise<T>;
}

/** Values fixed for every request of one client, set by the server entry per incoming request. */
export interface FixedContext {
  customerAccessToken?: string;
  /** Headers for every call of this client, Payments and REST included (see `buildRequestHeaders`). */
  serverHeaders?: Record<string, string | undefined>;
  locale?: string;
  /** Used instead of a fresh id for requests and operations that do not bring their own. */
  correlationId?: string;
  /** Sends GraphQL requests instead of `send` (the server's cache, `createCachedSend`). */
  send?: typeof send;
}

/** What `createClientCore` returns: the browser client's methods with the server's extras. */
export interface ClientCore {
  readonly config: ResolvedConfig;
  request: RequestFn;
  operation<T>(name: string, fn: (op: CoreOperation) => Promise<T> | T, options?: OperationOptions): Promise<T>;
}

/**
 * The transport shared by both entries. INTERNAL: not exported from `@bc-headless/core`.
 *
 * The server entry (`src/server`) validates its config once with `resolveConfig`, then per
 * incoming request calls `createClientCore(resolved, { customerAccessToken, serverHeaders, locale,
 * correlationId })`: every GraphQL request of that client carries those
 * headers, and `op.rest({ url, method, headers: { 'X-Auth-Token': … }, body })` makes a Management
 * API call with the operation's `X-Correlation-Id`, the same typed errors and timeouts, and never
 * a retry. Trusted-proxy headers go on every call; the customer token to GraphQL only; `send` (in
 * `send.ts`) is the lower-level call for a raw pass-through.
 */
export function createClientCore(config: ResolvedConfig, fixed: FixedContext = {}): ClientCore {
  const idOf = (id?: string) => {
    if (id != null && !isUuid(id)) throw new StorefrontConfigError('options.correlationId must be a UUID', { field: 'options.correlationId' });
    return id?.toLowerCase() ?? fixed.correlationId ?? createUuid();
  };

  const request = async (document: TypedDocument<any, any>, variables?: unknown, options: RequestOptions = {}) => {
    const correlationId = idOf(options.correlationId);
    const query = documentToString(document, config.print);
    const response = await (fixed.send ?? send)(config, {
      ...fixed,
      ...config,
      ...options,
      customerAccessToken: options.customerAccessToken ?? fixed.customerAccessToken,
      locale: options.locale ?? fixed.locale ?? config.locale,
      correlationId,
      url: config.endpoints.graphql,
      method: 'POST',
      body: { query, variables },
      expectJson: true,
      // Mutations are never retried. A mutation is the `mutation` keyword outside comments and
      // strings; a field literally named `mutation` counts too (erring this way only skips retries).
      // Inline, not a helper: a function of its own costs the browser entry 11 bytes it lacks.
      retry: !/\bmutation\b/.test(query.replace(/#.*|"[^"]*"/g, '')) && config.retry,
    });
    const { data, errors } = response.json as { data?: unknown; errors?: GraphQLErrorEntry[] };
    if (errors?.length) {
      // A missing scope (a private token without `Customer`) needs a new token: the message says so.
      const requiredScopes = errors.find((e) => e.extensions?.code == 'INSUFFICIENT_ACCESS_SCOPE')?.extensions!.requiredScopes;
      const code = errors.map((e) => e.extensions?.code).find((c) => /_CUSTOMER_ACCESS_TOKEN$/.test(c!));
      throw new (requiredScopes ? InsufficientScopeError : code ? CustomerAccessTokenError : StorefrontGraphQLError)(
        `GraphQL: ${errors[0]!.message}${requiredScopes ? `; create a private token with the ${requiredScopes} scope for your server` : ''}`,
        { correlationId, errors, data, code, requiredScopes },
      );
    }
    return data;
  };

  const operation = async <T>(name: string, fn: (op: CoreOperation) => Promise<T> | T, options: OperationOptions = {}): Promise<T> => {
    const correlationId = options.parent?.correlationId ?? idOf(options.correlationId);
    const op: CoreOperation = {
      name,
      correlationId,
      request: (document: TypedDocument<any, any>, variables?: unknown, options?: RequestOptions) =>
        request(document, variables, { ...options, correlationId }),
      operation: (childName, childFn) => operation(childName, childFn, { parent: op }),
      // The server's headers (the trusted-proxy pair) go on every call a request-scoped client
      // makes (Payments and Management too), so BigCommerce sees the shopper's IP there as well;
      // the customer token stays GraphQL-only.
      rest: (req) => send(config, { method: 'GET', ...req, serverHeaders: fixed.serverHeaders, correlationId, retry: false }),
      payments: { create: (input, options) => createPayment(op.rest, config.endpoints.payments, input, options) },
    } as CoreOperation;
    try {
      return await fn(op);
    } catch (error) {
      // Tag whatever was thrown inside (ours or the app's) so it can be traced end to end; an
      // inner operation has already tagged it with its own, more precise, name.
      try {
        const tagged = error as { correlationId?: string; operationName?: string };
        tagged.correlationId ??= correlationId;
        tagged.operationName ??= name;
      } catch {} // a primitive or a frozen object cannot be tagged; it is rethrown as is
      throw error;
    }
  };

  return { config, request: request as RequestFn, operation };
}
