import { createHash } from 'node:crypto';
import {
  GraphQLError,
  Kind,
  defaultFieldResolver,
  execute,
  getOperationAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
} from 'graphql';
import type { SandboxDeps } from '../SandboxDeps.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { dropPaidCarts } from '../store/cartOperations.js';
import { toClientError } from './apiError.js';
import { createDocumentCache, type CheckedDocument } from './documentCache.js';
import type { GraphQLContext } from './GraphQLContext.js';
import { MAX_COMPLEXITY, MAX_DEPTH, mutationCount, operationDepth, operationError } from './limits.js';
import { operationComplexity } from './operationComplexity.js';
import { readGraphQLBody } from './readGraphQLBody.js';
import { requestLocale } from './requestLocale.js';
import { cartMutations } from './resolvers/cartMutations.js';
import { catalogMutations } from './resolvers/catalogMutations.js';
import { checkoutMutations } from './resolvers/checkoutMutations.js';
import { customerAccountMutations } from './resolvers/customerAccountMutations.js';
import { customerAddressMutations } from './resolvers/customerAddressMutations.js';
import { customerMutations } from './resolvers/customerMutations.js';
import { newsletterMutations } from './resolvers/newsletterMutations.js';
import { wishlistMutations } from './resolvers/wishlistMutations.js';
import { analyticsMutations } from './resolvers/analyticsMutations.js';
import { submitContactUs } from './resolvers/submitContactUs.js';
import { loginWithCustomerLoginJwt } from './resolvers/customerLoginJwtMutation.js';
import { queryRoot } from './resolvers/queryRoot.js';
import { sessionSyncMutations } from './resolvers/sessionSyncMutations.js';
import { scopeError } from './requiredScopes.js';
import { sandboxSchema } from './sandboxSchema.js';
import { checkStorefrontToken } from './storefrontToken.js';

const JSON_TYPE = 'application/json; charset=utf-8';

function json(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Turns anything a resolver throws into the error the client should see (never a bare 500). */
const fieldResolver: GraphQLFieldResolver<unknown, GraphQLContext> = (source, args, context, info) => {
  const denied = scopeError(info, context);
  if (denied) throw denied;
  try {
    const value = defaultFieldResolver(source, args, context, info);
    return value instanceof Promise ? value.catch((error: unknown) => Promise.reject(toClientError(error))) : value;
  } catch (error) {
    throw toClientError(error);
  }
};

/**
 * The GraphQL Storefront API (`POST /graphql`) over the sandbox store: BigCommerce's auth
 * answers, customer context, locale, one mutation per request, depth and complexity limits and
 * the `X-Bc-Graphql-*` response headers. Never throws; a sandbox bug answers a GraphQL error.
 */
export function createGraphQLHandler(deps: SandboxDeps): (req: SandboxRequest) => Promise<SandboxResponse> {
  const { store } = deps;
  const check = createDocumentCache(sandboxSchema);
  return async (req) => {
    try {
      return await handle(deps, store, check, req);
    } catch (error) {
      console.error('[bc-sandbox] internal error in POST /graphql:', error);
      return json(200, { errors: [{ message: 'Internal error in the BigCommerce sandbox while handling this request; see the sandbox log.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}

async function handle(
  deps: SandboxDeps,
  store: GraphQLContext['store'],
  check: (query: string) => CheckedDocument,
  req: SandboxRequest,
): Promise<SandboxResponse> {
  if (req.method !== 'POST') {
    // BigCommerce's Storefront API takes POST with a JSON body only.
    return json(405, { errors: [{ message: `Method ${req.method} not allowed on /graphql: send POST with Content-Type: application/json.` }] }, { allow: 'POST' });
  }
  const auth = await checkStorefrontToken(req.headers['authorization'], {
    keys: deps.keys,
    storeHash: deps.config.storeHash,
    clock: deps.clock,
    configuredToken: deps.config.storefrontToken,
    headers: req.headers,
    revokedTokens: deps.revokedTokens,
  });
  if (!auth.ok) return json(auth.status, { errors: [{ message: auth.message }] });

  const read = readGraphQLBody(req);
  if (!read.ok) return json(read.status, { errors: [{ message: read.message }] });
  const { query, variables, operationName } = read.body;
  const headers: Record<string, string> = {
    'x-bc-graphql-query-hash': sha256(query),
    'x-bc-graphql-variables-hash': sha256(JSON.stringify(variables)),
  };

  let document: DocumentNode;
  let validationErrors: CheckedDocument['validationErrors'];
  try {
    ({ document, validationErrors } = check(query));
  } catch (error) {
    return json(200, { errors: [error instanceof GraphQLError ? error : toClientError(error)] }, headers);
  }
  const operation = getOperationAST(document, operationName);
  if (operation) {
    headers['x-bc-graphql-operation-type'] = operation.operation;
    headers['x-bc-graphql-operation-name'] = operation.name?.value ?? '';
  }

  const ctx: GraphQLContext = {
    deps,
    store,
    req,
    token: auth,
    locale: requestLocale(operation, variables, req.headers['accept-language'], store.settings.locales, store.settings.defaultLocale),
    customer: null,
    customerAccessToken: null,
    httpOverride: null,
  };
  const customerError = resolveCustomer(ctx);
  if (customerError) return json(200, { data: null, errors: [customerError] }, headers);

  const schema = sandboxSchema();
  if (validationErrors.length > 0) return json(200, { errors: validationErrors }, headers);
  if (!operation) {
    const message = operationName
      ? `Unknown operation named "${operationName}": the document has no operation with that name.`
      : 'Must provide operation name if query contains multiple operations.';
    return json(200, { errors: [{ message }] }, headers);
  }

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const complexity = operationComplexity(schema, operation, fragments, variables);
  headers['x-bc-graphql-complexity'] = String(complexity);
  const depth = operationDepth(operation, fragments);
  if (depth > MAX_DEPTH) {
    return json(200, { errors: [operationError(`Query depth ${depth} exceeds the maximum depth of ${MAX_DEPTH}; split the query or select fewer nested fields.`, operation, 'QUERY_TOO_DEEP')] }, headers);
  }
  // Checked before complexity: a second mutation alone puts a request over the limit (9000 each).
  if (mutationCount(schema, operation, fragments) > 1) {
    return json(200, { errors: [operationError('Only one mutation is allowed per request; send each mutation in its own request.', operation, 'TOO_MANY_MUTATIONS')] }, headers);
  }
  if (complexity > MAX_COMPLEXITY) {
    return json(200, { errors: [operationError(`Query complexity ${complexity} exceeds the maximum of ${MAX_COMPLEXITY}; request fewer items (smaller first/last) or fewer nested lists.`, operation, 'QUERY_TOO_COMPLEX')] }, headers);
  }

  dropPaidCarts(store);
  const rootValue = operation.operation === 'mutation' ? mutationRoot(ctx) : queryRoot(ctx);
  const result = await execute({ schema, document, rootValue, contextValue: ctx, variableValues: variables, operationName, fieldResolver });
  if (ctx.httpOverride) {
    const o = ctx.httpOverride;
    return json(o.status, { data: null, errors: [{ message: o.message, extensions: { code: o.code } }] }, { ...headers, ...o.headers });
  }
  return json(200, result, headers);
}

function mutationRoot(ctx: GraphQLContext) {
  return {
    cart: () => cartMutations(ctx),
    catalog: () => catalogMutations(ctx),
    checkout: () => checkoutMutations(ctx),
    customer: () => ({ ...customerAccountMutations(ctx), ...customerAddressMutations(ctx) }),
    newsletter: () => newsletterMutations(ctx),
    wishlist: () => wishlistMutations(ctx),
    analytics: () => analyticsMutations(ctx),
    submitContactUs: submitContactUs(ctx),
    loginWithCustomerLoginJwt: loginWithCustomerLoginJwt(ctx),
    ...customerMutations(ctx),
    ...sessionSyncMutations(ctx),
  };
}

/**
 * Sets the customer. With a customer impersonation token, `X-Bc-Customer-Id` names the customer
 * the request acts for (reference/storefront_tokens.v3.yml); other tokens ignore that header.
 * Otherwise the customer comes from `X-Bc-Customer-Access-Token`. An unknown/expired token makes the request a
 * guest's, unless `X-Bc-Error-On-Invalid-Customer-Access-Token: true` asks for an error
 * (docs/start/authentication/graphql-storefront.mdx). That header asks about a token that is sent:
 * without one the request is a guest's either way, because BigCommerce's own client
 * (`@bigcommerce/catalyst-client`) sends the header on every request, guests' included.
 */
function resolveCustomer(ctx: GraphQLContext): GraphQLError | null {
  const impersonated = ctx.token.kind === 'customerImpersonation' ? ctx.req.headers['x-bc-customer-id']?.trim() : undefined;
  if (impersonated) {
    const customer = /^\d{1,9}$/.test(impersonated) ? ctx.store.customers.get(Number(impersonated)) : undefined;
    if (!customer) return new GraphQLError(`X-Bc-Customer-Id ${JSON.stringify(impersonated)} names no customer of this store; send the entityId of an existing customer.`, { extensions: { code: 'NOT_FOUND' } });
    ctx.customer = customer;
    return null;
  }
  const token = ctx.req.headers['x-bc-customer-access-token']?.trim() || null;
  if (!token) return null;
  const customer = ctx.store.customerForAccessToken(token);
  if (!customer) {
    const strict = ctx.req.headers['x-bc-error-on-invalid-customer-access-token']?.trim().toLowerCase() === 'true';
    return strict
      ? new GraphQLError('Customer access token is invalid, expired or logged out; log in again to get a new one.', { extensions: { code: 'INVALID_CUSTOMER_ACCESS_TOKEN' } })
      : null;
  }
  ctx.customer = ctx.store.customers.get(customer.entityId) ?? null;
  ctx.customerAccessToken = token;
  return null;
}
