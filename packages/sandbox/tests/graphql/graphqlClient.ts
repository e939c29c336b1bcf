import { createSandbox, type CreateSandboxOptions, type Sandbox } from '../../src/createSandbox.js';

/** Starts a sandbox for GraphQL tests (127.0.0.1, port 0), quiet logger. */
export function startSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  return createSandbox({ logger: { error() {} }, ...options });
}

/** What a GraphQL call answered. */
export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; locations?: unknown; path?: unknown; extensions?: { code?: string } }> };
}

/** POSTs a GraphQL document to the sandbox with its storefront token (override any header). */
export async function gql<T = any>(
  sandbox: Sandbox,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string>; operationName?: string } = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}`, ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {}, ...(options.operationName ? { operationName: options.operationName } : {}) }),
  });
  const text = await res.text();
  let body: GqlResponse<T>['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON answer ${res.status}: ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, body };
}

/** Like `gql`, but fails the test on any error and returns `data`. */
export async function gqlData<T = any>(sandbox: Sandbox, query: string, options: Parameters<typeof gql>[2] = {}): Promise<T> {
  const res = await gql<T>(sandbox, query, options);
  if (res.status !== 200 || res.body.errors?.length) throw new Error(`GraphQL failed (${res.status}): ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

export const CART_FIELDS = `
  entityId version currencyCode locale isTaxIncluded
  baseAmount { value currencyCode } amount { value } discountedAmount { value }
  lineItems { totalQuantity physicalItems { entityId productEntityId variantEntityId sku name quantity
    listPrice { value } salePrice { value } extendedSalePrice { value }
    selectedOptions { entityId name ... on CartSelectedMultipleChoiceOption { value valueEntityId } } } }`;

/** Creates a guest cart with the given lines; returns its entityId, version and lines. */
export async function createCart(sandbox: Sandbox, lineItems: Array<Record<string, unknown>>, headers: Record<string, string> = {}) {
  const data = await gqlData(sandbox, `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { ${CART_FIELDS} } } } }`, {
    variables: { input: { lineItems } },
    headers,
  });
  return data.cart.createCart.cart as { entityId: string; version: number; lineItems: { physicalItems: Array<{ entityId: string; quantity: number; productEntityId: number; variantEntityId: number }> } };
}
