import type { Sandbox } from '../../src/createSandbox.js';
import { prepareCheckout } from '../../../../tools/test-stack/prepareCheckout.mjs';

/** A GraphQL Storefront API call with the sandbox's storefront token. */
export async function gql(
  sandbox: Sandbox,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: Array<{ message: string }> } }> {
  const res = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: Array<{ message: string }> } };
}

/** Logs a demo customer in and returns their customer access token. */
export async function login(sandbox: Sandbox, index = 0, headers: Record<string, string> = {}): Promise<string> {
  const customer = sandbox.customers[index]!;
  const res = await gql(
    sandbox,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { customerAccessToken { value } } }',
    { email: customer.email, password: customer.password },
    headers,
  );
  const value = res.body.data?.login?.customerAccessToken?.value as string | undefined;
  if (!value) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  return value;
}

/** Creates a cart with one unit of the catalog's first product; returns its id. */
export async function createCart(sandbox: Sandbox, headers: Record<string, string> = {}): Promise<string> {
  const product = sandbox.store.catalog.products.find((p) => p.variants.some((v) => v.stock > 5))!;
  const variant = product.variants.find((v) => v.stock > 5)!;
  const res = await gql(
    sandbox,
    'mutation CreateCart($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId } } } }',
    { input: { lineItems: [{ productEntityId: product.entityId, variantEntityId: variant.entityId, quantity: 1 }] } },
    headers,
  );
  const id = res.body.data?.cart?.createCart?.cart?.entityId as string | undefined;
  if (!id) throw new Error(`createCart failed: ${JSON.stringify(res.body)}`);
  return id;
}

/** Generates a session-sync JWT link to `redirectTo` (as the shopper behind `headers`). */
export async function sessionSyncUrl(sandbox: Sandbox, redirectTo: string, cartId: string | null, headers: Record<string, string> = {}): Promise<string> {
  const res = await gql(
    sandbox,
    'mutation Sync($redirectTo: String!, $cartId: String) { generateSessionSyncJwt(redirectTo: $redirectTo, cartId: $cartId) { result { url token } errors { ... on Error { message } } } }',
    { redirectTo, cartId },
    headers,
  );
  const url = res.body.data?.generateSessionSyncJwt?.result?.url as string | undefined;
  if (!url) throw new Error(`generateSessionSyncJwt failed: ${JSON.stringify(res.body)}`);
  return url;
}

/** Takes a cart through checkout to an order; returns the order id and its payment access token. */
export async function completeCheckout(sandbox: Sandbox, cartId: string, headers: Record<string, string> = {}): Promise<{ orderId: number; paymentAccessToken: string }> {
  const step = async (name: string, query: string, variables: Record<string, unknown>) => {
    const res = await gql(sandbox, query, variables, headers);
    if (res.body.errors?.length) throw new Error(`${name}: ${JSON.stringify(res.body.errors)}`);
    return res.body.data;
  };
  await prepareCheckout((query, variables) => step('checkout step', query, variables), cartId);
  const done = await step('complete', 'mutation Complete($input: CompleteCheckoutInput!) { checkout { completeCheckout(input: $input) { orderEntityId paymentAccessToken } } }', {
    input: { checkoutEntityId: cartId },
  });
  return { orderId: done.checkout.completeCheckout.orderEntityId, paymentAccessToken: done.checkout.completeCheckout.paymentAccessToken };
}
