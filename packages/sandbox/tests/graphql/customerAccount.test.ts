import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const ERRORS = 'errors { __typename ... on Error { message } ... on ValidationError { path } }';
const REGISTER = `mutation($input: RegisterCustomerInput!) { customer { registerCustomer(input: $input) {
  customer { entityId email firstName lastName company phone isSubscribedToNewsletter addresses { edges { node { entityId city countryCode stateOrProvince } } } } ${ERRORS} } } }`;
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { customerAccessToken { value } } }';
const ME = '{ customer { entityId email firstName lastName company phone isSubscribedToNewsletter } }';

async function signIn(email: string, password: string): Promise<string | null> {
  const res = await gql(sandbox, LOGIN, { variables: { email, password } });
  return res.body.data?.login?.customerAccessToken?.value ?? null;
}
const as = (token: string) => ({ 'x-bc-customer-access-token': token });

const NEW_CUSTOMER = { email: 'ada@example.com', password: 'Lovelace1815', firstName: 'Ada', lastName: 'Lovelace' };

async function register(input: Record<string, unknown>) {
  return (await gqlData(sandbox, REGISTER, { variables: { input } })).customer.registerCustomer;
}

describe('registerCustomer', () => {
  test('creates a customer who can sign in, with the address given', async () => {
    const result = await register({
      ...NEW_CUSTOMER,
      company: 'Analytical Engines',
      address: { firstName: 'Ada', lastName: 'Lovelace', address1: '1 Loop Road', city: 'Austin', countryCode: 'us', stateOrProvince: 'TX', postalCode: '73301' },
    });
    expect(result.errors).toEqual([]);
    expect(result.customer).toMatchObject({ email: 'ada@example.com', firstName: 'Ada', company: 'Analytical Engines', isSubscribedToNewsletter: false });
    // The state is stored by name, the country code upper-cased.
    expect(result.customer.addresses.edges.map((e: any) => e.node)).toMatchObject([{ city: 'Austin', countryCode: 'US', stateOrProvince: 'Texas' }]);
    const token = await signIn('ada@example.com', 'Lovelace1815');
    expect(token).not.toBeNull();
    expect((await gqlData(sandbox, ME, { headers: as(token!) })).customer).toMatchObject({ entityId: result.customer.entityId, lastName: 'Lovelace' });
  });

  test('an email already in use (any case) answers EmailAlreadyInUseError and creates nothing', async () => {
    const result = await register({ ...NEW_CUSTOMER, email: 'JANE@example.com' });
    expect(result.customer).toBeNull();
    expect(result.errors).toEqual([{ __typename: 'EmailAlreadyInUseError', message: expect.stringContaining('already in use') }]);
    expect(await signIn('JANE@example.com', NEW_CUSTOMER.password)).toBeNull();
  });

  test('bad input answers ValidationErrors with the path of each bad field', async () => {
    const result = await register({ email: 'not-an-email', password: 'short', firstName: ' ', lastName: 'x'.repeat(101), phone: 'call\u0000me' });
    expect(result.customer).toBeNull();
    expect(result.errors.every((e: any) => e.__typename === 'ValidationError')).toBe(true);
    expect(result.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['input.email', 'input.firstName', 'input.lastName', 'input.password', 'input.phone']);
    expect(await signIn('not-an-email', 'short')).toBeNull();
  });

  test('passwords follow Settings.customers.passwordComplexitySettings', async () => {
    const settings = await gqlData(sandbox, '{ site { settings { customers { passwordComplexitySettings { minimumPasswordLength requireNumbers minimumNumbers } } } } }');
    expect(settings.site.settings.customers.passwordComplexitySettings).toEqual({ minimumPasswordLength: 7, requireNumbers: true, minimumNumbers: 1 });
    for (const password of ['abcdefgh', '12345678', 'abc123', 'a1'.repeat(60)]) {
      const result = await register({ ...NEW_CUSTOMER, password });
      expect(result.errors.map((e: any) => e.path?.join('.'))).toEqual(['input.password']);
    }
  });

  test('custom form fields are checked against Settings.formFields', async () => {
    const bad = await register({
      ...NEW_CUSTOMER,
      formFields: { multipleChoices: [{ fieldEntityId: 31, fieldValueEntityId: 99 }], texts: [{ fieldEntityId: 1, text: 'built-in fields are not custom' }], dates: [{ fieldEntityId: 30, date: '1800-01-01T00:00:00Z' }] },
    });
    expect(bad.errors.map((e: any) => e.path.join('.')).sort()).toEqual([
      'input.formFields.dates.0.date',
      'input.formFields.multipleChoices.0.fieldValueEntityId',
      'input.formFields.texts.0.fieldEntityId',
    ]);
    const good = await register({ ...NEW_CUSTOMER, formFields: { multipleChoices: [{ fieldEntityId: 31, fieldValueEntityId: 2 }], dates: [{ fieldEntityId: 30, date: '1990-12-10T00:00:00Z' }] } });
    expect(good.errors).toEqual([]);
  });

  test('hostile strings are stored as data, never interpreted', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = await register({ ...NEW_CUSTOMER, firstName: name, lastName: "Robert'); DROP TABLE customers;--" });
    expect(result.customer.firstName).toBe(name);
    expect(result.customer.lastName).toBe("Robert'); DROP TABLE customers;--");
  });
});

describe('updateCustomer and changePassword', () => {
  const UPDATE = `mutation($input: UpdateCustomerInput!) { customer { updateCustomer(input: $input) { customer { email firstName company phone } ${ERRORS} } } }`;
  const CHANGE = `mutation($input: ChangePasswordInput!) { customer { changePassword(input: $input) { ${ERRORS} } } }`;

  test('a guest gets CustomerNotLoggedInError', async () => {
    const update = await gqlData(sandbox, UPDATE, { variables: { input: { firstName: 'Eve' } } });
    expect(update.customer.updateCustomer).toEqual({ customer: null, errors: [{ __typename: 'CustomerNotLoggedInError', message: expect.any(String) }] });
    const change = await gqlData(sandbox, CHANGE, { variables: { input: { currentPassword: 'Shopper123!', newPassword: 'Hacked999' } } });
    expect(change.customer.changePassword.errors[0].__typename).toBe('CustomerNotLoggedInError');
    expect(await signIn('jane@example.com', 'Shopper123!')).not.toBeNull();
  });

  test('updates the signed-in customer only; another customer’s email is refused', async () => {
    const jane = (await signIn('jane@example.com', 'Shopper123!'))!;
    const max = (await signIn('max@example.com', 'Shopper456!'))!;
    const ok = await gqlData(sandbox, UPDATE, { variables: { input: { firstName: 'Janet', company: 'Doe & Co', phone: null } }, headers: as(jane) });
    expect(ok.customer.updateCustomer).toEqual({ customer: { email: 'jane@example.com', firstName: 'Janet', company: 'Doe & Co', phone: '' }, errors: [] });
    expect((await gqlData(sandbox, ME, { headers: as(max) })).customer).toMatchObject({ firstName: 'Max', company: 'Beispiel GmbH' });
    const taken = await gqlData(sandbox, UPDATE, { variables: { input: { email: 'Max@Example.com' } }, headers: as(jane) });
    expect(taken.customer.updateCustomer.errors).toEqual([{ __typename: 'EmailAlreadyInUseError', message: expect.any(String) }]);
    const invalid = await gqlData(sandbox, UPDATE, { variables: { input: { email: 'jane@', lastName: '' } }, headers: as(jane) });
    expect(invalid.customer.updateCustomer.errors.map((e: any) => e.path.join('.')).sort()).toEqual(['input.email', 'input.lastName']);
  });

  test('a changed email signs in, keeps the newsletter subscription, and frees the old one', async () => {
    const jane = (await signIn('jane@example.com', 'Shopper123!'))!;
    await gqlData(sandbox, UPDATE, { variables: { input: { email: 'jane.doe@example.com' } }, headers: as(jane) });
    expect(await signIn('jane@example.com', 'Shopper123!')).toBeNull();
    expect(await signIn('jane.doe@example.com', 'Shopper123!')).not.toBeNull();
    expect((await gqlData(sandbox, ME, { headers: as(jane) })).customer.isSubscribedToNewsletter).toBe(true);
  });

  test('the new password signs in and the old one does not; other sessions end, this one stays', async () => {
    const here = (await signIn('jane@example.com', 'Shopper123!'))!;
    const elsewhere = (await signIn('jane@example.com', 'Shopper123!'))!;
    const wrong = await gqlData(sandbox, CHANGE, { variables: { input: { currentPassword: 'nope', newPassword: 'NewPass2026' } }, headers: as(here) });
    expect(wrong.customer.changePassword.errors).toEqual([{ __typename: 'CustomerPasswordError', message: expect.any(String) }]);
    const weak = await gqlData(sandbox, CHANGE, { variables: { input: { currentPassword: 'Shopper123!', newPassword: 'password' } }, headers: as(here) });
    expect(weak.customer.changePassword.errors).toEqual([{ __typename: 'ValidationError', message: expect.any(String), path: ['input', 'newPassword'] }]);
    const ok = await gqlData(sandbox, CHANGE, { variables: { input: { currentPassword: 'Shopper123!', newPassword: 'NewPass2026' } }, headers: as(here) });
    expect(ok.customer.changePassword.errors).toEqual([]);
    expect(await signIn('jane@example.com', 'Shopper123!')).toBeNull();
    expect(await signIn('jane@example.com', 'NewPass2026')).not.toBeNull();
    expect((await gqlData(sandbox, ME, { headers: as(here) })).customer?.entityId).toBe(1);
    expect((await gqlData(sandbox, ME, { headers: as(elsewhere) })).customer).toBeNull();
  });
});

describe('requestResetPassword and resetPassword', () => {
  const REQUEST = `mutation($input: RequestResetPasswordInput!) { customer { requestResetPassword(input: $input) { ${ERRORS} } } }`;
  const RESET = `mutation($input: ResetPasswordInput!) { customer { resetPassword(input: $input) { ${ERRORS} } } }`;
  const outbox = async (to: string) => ((await (await fetch(`${sandbox.url}/__sandbox/outbox?to=${encodeURIComponent(to)}`)).json()) as { data: Array<{ to: string; link: string }> }).data;

  async function resetLink(email: string) {
    await gqlData(sandbox, REQUEST, { variables: { input: { email, path: '/change-password' } } });
    const mail = (await outbox(email)).at(-1)!;
    const url = new URL(mail.link);
    return { url, customerEntityId: Number(url.searchParams.get('c')), token: url.searchParams.get('t')! };
  }

  test('the emailed link resets the password once, and ends every session', async () => {
    const session = (await signIn('max@example.com', 'Shopper456!'))!;
    const { url, customerEntityId, token } = await resetLink('max@example.com');
    expect(url.pathname).toBe('/change-password');
    expect(customerEntityId).toBe(2);
    const weak = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId, token, newPassword: 'short' } } });
    expect(weak.customer.resetPassword.errors[0].__typename).toBe('CustomerPasswordError');
    const ok = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId, token, newPassword: 'Reset2026pw' } } });
    expect(ok.customer.resetPassword.errors).toEqual([]);
    expect(await signIn('max@example.com', 'Shopper456!')).toBeNull();
    expect(await signIn('max@example.com', 'Reset2026pw')).not.toBeNull();
    expect((await gqlData(sandbox, ME, { headers: as(session) })).customer).toBeNull();
    const again = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId, token, newPassword: 'Another2026' } } });
    expect(again.customer.resetPassword.errors).toEqual([{ __typename: 'ValidationError', message: expect.any(String), path: ['input', 'token'] }]);
  });

  test('a token works only for its customer and only for an hour', async () => {
    const { token } = await resetLink('max@example.com');
    const other = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId: 1, token, newPassword: 'Takeover123' } } });
    expect(other.customer.resetPassword.errors[0].path).toEqual(['input', 'token']);
    expect(await signIn('jane@example.com', 'Shopper123!')).not.toBeNull();
    sandbox.clock.advance(3600_000);
    const late = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId: 2, token, newPassword: 'Reset2026pw' } } });
    expect(late.customer.resetPassword.errors[0].path).toEqual(['input', 'token']);
    const forged = await gqlData(sandbox, RESET, { variables: { input: { customerEntityId: 2, token: 'x'.repeat(5000), newPassword: 'Reset2026pw' } } });
    expect(forged.customer.resetPassword.errors[0].path).toEqual(['input', 'token']);
  });

  test('an unknown email answers the same and sends nothing; links stay on the storefront', async () => {
    const unknown = await gqlData(sandbox, REQUEST, { variables: { input: { email: 'nobody@example.com' } } });
    expect(unknown.customer.requestResetPassword.errors).toEqual([]);
    expect(await outbox('nobody@example.com')).toEqual([]);
    for (const path of ['//evil.example/phish', 'https://evil.example/', 'javascript:alert(1)', '/a b']) {
      const res = await gqlData(sandbox, REQUEST, { variables: { input: { email: 'jane@example.com', path } } });
      expect(res.customer.requestResetPassword.errors).toEqual([{ __typename: 'ValidationError', message: expect.any(String), path: ['input', 'path'] }]);
    }
    expect(await outbox('jane@example.com')).toEqual([]);
    const malformed = await gqlData(sandbox, REQUEST, { variables: { input: { email: 'jane' } } });
    expect(malformed.customer.requestResetPassword.errors[0].path).toEqual(['input', 'email']);
  });
});
