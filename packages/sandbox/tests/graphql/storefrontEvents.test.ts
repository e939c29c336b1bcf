import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { login } from '../support/storefrontFlow.js';
import { createCart, gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const COMMON = { initiator: { visitId: 'v1', visitorId: 'u1' }, request: { url: 'https://shop.example/', userAgent: 'test' } };

describe('analytics', () => {
  test('visit and product-view events are accepted; a view of an unknown product is not executed', async () => {
    const visit = await gqlData(sandbox, 'mutation($input: VisitStartedEventInput!) { analytics { visitStartedEvent(input: $input) { executed } } }', { variables: { input: { commonInput: COMMON } } });
    expect(visit.analytics.visitStartedEvent).toEqual({ executed: true });
    const view = 'mutation($input: ProductViewedEventInput!) { analytics { productViewedEvent(input: $input) { executed } } }';
    expect((await gqlData(sandbox, view, { variables: { input: { commonInput: COMMON, productInput: { productEntityId: 111 } } } })).analytics.productViewedEvent).toEqual({ executed: true });
    expect((await gqlData(sandbox, view, { variables: { input: { commonInput: COMMON, productInput: { productEntityId: 999999 } } } })).analytics.productViewedEvent).toEqual({ executed: false });
  });
});

describe('updateCartCurrency', () => {
  const UPDATE = 'mutation($input: UpdateCartCurrencyInput!) { cart { updateCartCurrency(input: $input) { cart { entityId currencyCode } } } }';

  test('the store’s currency keeps the cart; another currency or someone else’s cart is refused', async () => {
    const cart = await createCart(sandbox, [{ productEntityId: 131, quantity: 1 }]);
    const same = await gqlData(sandbox, UPDATE, { variables: { input: { cartEntityId: cart.entityId, data: { currencyCode: 'usd' } } } });
    expect(same.cart.updateCartCurrency.cart).toEqual({ entityId: cart.entityId, currencyCode: 'USD' });
    const eur = await gql(sandbox, UPDATE, { variables: { input: { cartEntityId: cart.entityId, data: { currencyCode: 'EUR' } } } });
    expect(eur.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('USD only'), extensions: { code: 'BAD_USER_INPUT' } });
    const token = await login(sandbox, 0);
    const janes = await createCart(sandbox, [{ productEntityId: 131, quantity: 1 }], { 'x-bc-customer-access-token': token });
    const foreign = await gql(sandbox, UPDATE, { variables: { input: { cartEntityId: janes.entityId, data: { currencyCode: 'USD' } } } });
    expect(foreign.body.errors?.[0]?.message).toMatch(/^Not Found: Cart does not exist/);
  });
});

describe('submitContactUs', () => {
  const SUBMIT = 'mutation($input: SubmitContactUsInput!) { submitContactUs(input: $input) { errors { __typename ... on Error { message } ... on ValidationError { path } } } }';
  const outbox = async () => ((await (await fetch(`${sandbox.url}/__sandbox/outbox?to=contact@${sandbox.storeHash}.sandbox`)).json()) as { data: Array<{ subject: string; body: Record<string, unknown> }> }).data;

  test('a valid message reaches the store’s outbox', async () => {
    const data = { email: 'visitor@example.com', comments: 'Do you ship to Iceland?', fullName: 'Vera Visitor' };
    expect((await gqlData(sandbox, SUBMIT, { variables: { input: { pageEntityId: 5, data } } })).submitContactUs.errors).toEqual([]);
    const [mail] = await outbox();
    expect(mail).toMatchObject({ subject: expect.stringContaining('visitor@example.com'), body: data });
  });

  test('bad input answers ValidationErrors and sends nothing', async () => {
    const input = { pageEntityId: 0, data: { email: 'nope', comments: '   ', phoneNumber: '1\u00002' } };
    const errors = (await gqlData(sandbox, SUBMIT, { variables: { input } })).submitContactUs.errors;
    expect(errors.map((e: any) => `${e.__typename}:${e.path.join('.')}`).sort()).toEqual([
      'ValidationError:input.data.comments',
      'ValidationError:input.data.email',
      'ValidationError:input.data.phoneNumber',
      'ValidationError:input.pageEntityId',
    ]);
    expect(await outbox()).toEqual([]);
  });
});
