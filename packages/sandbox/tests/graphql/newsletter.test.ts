import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const SUBSCRIBE = `mutation($input: CreateSubscriberInput!) { newsletter { subscribe(input: $input) { errors { __typename ... on Error { message } } } } }`;
const UNSUBSCRIBE = `mutation($input: RemoveSubscriberInput!) { newsletter { unsubscribe(input: $input) { errors { __typename ... on Error { message } } } } }`;
const subscribe = async (input: Record<string, unknown>) => (await gqlData(sandbox, SUBSCRIBE, { variables: { input } })).newsletter.subscribe.errors.map((e: any) => e.__typename);
const unsubscribe = async (email: string) => (await gqlData(sandbox, UNSUBSCRIBE, { variables: { input: { email } } })).newsletter.unsubscribe.errors.map((e: any) => e.__typename);

async function subscribed(email: string, password: string): Promise<boolean> {
  const login = await gqlData(sandbox, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', { variables: { e: email, p: password } });
  const me = await gqlData(sandbox, '{ customer { isSubscribedToNewsletter } }', { headers: { 'x-bc-customer-access-token': login.login.customerAccessToken.value } });
  return me.customer.isSubscribedToNewsletter;
}

describe('newsletter', () => {
  test('the storefront shows the sign-up', async () => {
    expect((await gqlData(sandbox, '{ site { settings { newsletter { showNewsletterSignup } } } }')).site.settings.newsletter).toEqual({ showNewsletterSignup: true });
  });

  test('subscribing and unsubscribing a customer’s email shows in Customer.isSubscribedToNewsletter', async () => {
    expect(await subscribed('max@example.com', 'Shopper456!')).toBe(false);
    expect(await subscribe({ email: 'MAX@example.com', firstName: 'Max', lastName: 'Mustermann' })).toEqual([]);
    expect(await subscribed('max@example.com', 'Shopper456!')).toBe(true);
    expect(await subscribe({ email: 'max@example.com' })).toEqual(['CreateSubscriberAlreadyExistsError']);
    expect(await unsubscribe('max@example.com')).toEqual([]);
    expect(await subscribed('max@example.com', 'Shopper456!')).toBe(false);
    // Jane is subscribed in the seed; another customer's unsubscribe of Max changed nothing for her.
    expect(await subscribed('jane@example.com', 'Shopper123!')).toBe(true);
  });

  test('guests subscribe any valid address; unsubscribing an unknown one is not an error', async () => {
    expect(await subscribe({ email: 'reader@example.org' })).toEqual([]);
    expect(await unsubscribe('never-subscribed@example.org')).toEqual([]);
  });

  test('bad input answers the matching error type', async () => {
    expect(await subscribe({ email: 'not an email' })).toEqual(['CreateSubscriberEmailInvalidError']);
    expect(await subscribe({ email: `${'a'.repeat(300)}@example.com` })).toEqual(['CreateSubscriberEmailInvalidError']);
    expect(await subscribe({ email: 'ok@example.com', firstName: 'x'.repeat(101) })).toEqual(['CreateSubscriberFirstNameInvalidError']);
    expect(await subscribe({ email: 'ok@example.com', lastName: 'line\nbreak' })).toEqual(['CreateSubscriberLastNameInvalidError']);
    expect(await unsubscribe('@')).toEqual(['RemoveSubscriberEmailInvalidError']);
  });
});
