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
const ADDRESS = `entityId firstName lastName company address1 address2 city stateOrProvince countryCode postalCode phone
  formFields { entityId name __typename ... on MultilineTextFormFieldValue { multilineText } ... on NumberFormFieldValue { number }
    ... on CheckboxesFormFieldValue { valueEntityIds values } }`;
const BOOK = `query($first: Int, $after: String) { customer { entityId addresses(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } collectionInfo { totalItems } edges { node { ${ADDRESS} } } } } }`;
const ADD = `mutation($input: AddCustomerAddressInput!) { customer { addCustomerAddress(input: $input) { address { ${ADDRESS} } ${ERRORS} } } }`;
const UPDATE = `mutation($input: UpdateCustomerAddressInput!) { customer { updateCustomerAddress(input: $input) { address { ${ADDRESS} } ${ERRORS} } } }`;
const DELETE = `mutation($input: DeleteCustomerAddressInput!) { customer { deleteCustomerAddress(input: $input) { errors { __typename ... on Error { message } } } } }`;

async function signIn(email: string, password: string): Promise<Record<string, string>> {
  const data = await gqlData(sandbox, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', { variables: { e: email, p: password } });
  return { 'x-bc-customer-access-token': data.login.customerAccessToken.value };
}
const jane = () => signIn('jane@example.com', 'Shopper123!');
const max = () => signIn('max@example.com', 'Shopper456!');
const book = async (headers: Record<string, string>, variables: Record<string, unknown> = {}) => (await gqlData(sandbox, BOOK, { headers, variables })).customer.addresses;

const HOME = { firstName: 'Jane', lastName: 'Doe', address1: '9 Harbour Road', city: 'Toronto', countryCode: 'CA', stateOrProvince: 'Ontario', postalCode: 'M5V 2T6' };

describe('Customer.addresses', () => {
  test('the demo customers start with their own address books, paged', async () => {
    const first = await book(await jane(), { first: 1 });
    expect(first.collectionInfo.totalItems).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[0].node).toMatchObject({ entityId: 1, city: 'Seattle', stateOrProvince: 'Washington', countryCode: 'US', formFields: [] });
    const rest = await book(await jane(), { first: 1, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.entityId)).toEqual([2]);
    expect((await book(await max())).edges.map((e: any) => e.node.entityId)).toEqual([3]);
  });

  test('a guest has no customer and cannot change addresses', async () => {
    expect((await gqlData(sandbox, BOOK)).customer).toBeNull();
    const add = await gqlData(sandbox, ADD, { variables: { input: HOME } });
    expect(add.customer.addCustomerAddress).toEqual({ address: null, errors: [{ __typename: 'CustomerNotLoggedInError', message: expect.any(String) }] });
  });
});

describe('add, update and delete an address', () => {
  test('an added address is in the book with its custom fields; an updated one changes; a deleted one is gone', async () => {
    const headers = await jane();
    const added = (await gqlData(sandbox, ADD, {
      headers,
      variables: { input: { ...HOME, formFields: { multilineTexts: [{ fieldEntityId: 32, multilineText: 'Ring twice.\nThen wait.' }], numbers: [{ fieldEntityId: 33, number: 12 }], checkboxes: [{ fieldEntityId: 34, fieldValueEntityIds: [11, 13] }] } } },
    })).customer.addCustomerAddress;
    expect(added.errors).toEqual([]);
    const id = added.address.entityId;
    expect(id).toBeGreaterThan(3);
    expect(added.address.formFields).toEqual([
      { entityId: 34, name: 'Leave at', __typename: 'CheckboxesFormFieldValue', valueEntityIds: [11, 13], values: ['Front door', 'Reception'] },
      { entityId: 32, name: 'Delivery instructions', __typename: 'MultilineTextFormFieldValue', multilineText: 'Ring twice.\nThen wait.' },
      { entityId: 33, name: 'Floor', __typename: 'NumberFormFieldValue', number: 12 },
    ]);
    expect((await book(headers)).edges.map((e: any) => e.node.entityId)).toEqual([1, 2, id]);

    const updated = (await gqlData(sandbox, UPDATE, { headers, variables: { input: { addressEntityId: id, data: { city: 'Ottawa', address2: 'Unit 4' } } } })).customer.updateCustomerAddress;
    expect(updated.errors).toEqual([]);
    expect(updated.address).toMatchObject({ city: 'Ottawa', address2: 'Unit 4', address1: '9 Harbour Road', stateOrProvince: 'Ontario' });
    expect(updated.address.formFields).toHaveLength(3);

    expect((await gqlData(sandbox, DELETE, { headers, variables: { input: { addressEntityId: id } } })).customer.deleteCustomerAddress.errors).toEqual([]);
    expect((await book(headers)).edges.map((e: any) => e.node.entityId)).toEqual([1, 2]);
    const again = await gqlData(sandbox, DELETE, { headers, variables: { input: { addressEntityId: id } } });
    expect(again.customer.deleteCustomerAddress.errors).toEqual([{ __typename: 'CustomerAddressDeletionError', message: expect.any(String) }]);
  });

  test('bad addresses answer ValidationErrors at their paths and change nothing', async () => {
    const headers = await jane();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...HOME, countryCode: 'ZZ' }, ['input.countryCode']],
      [{ ...HOME, stateOrProvince: 'Narnia' }, ['input.stateOrProvince']],
      [{ ...HOME, countryCode: 'US', stateOrProvince: null }, ['input.stateOrProvince']],
      [{ ...HOME, firstName: '', city: 'a\u0007b', address1: 'x'.repeat(256) }, ['input.address1', 'input.city', 'input.firstName']],
      [{ ...HOME, formFields: { numbers: [{ fieldEntityId: 33, number: 201 }], texts: [{ fieldEntityId: 32, text: 'wrong kind' }] } }, ['input.formFields.numbers.0.number', 'input.formFields.texts.0.fieldEntityId']],
      [{ ...HOME, formFields: { checkboxes: [{ fieldEntityId: 34, fieldValueEntityIds: [1] }] } }, ['input.formFields.checkboxes.0.fieldValueEntityIds']],
    ];
    for (const [input, paths] of cases) {
      const result = (await gqlData(sandbox, ADD, { headers, variables: { input } })).customer.addCustomerAddress;
      expect(result.address).toBeNull();
      expect(result.errors.map((e: any) => `${e.__typename}:${e.path.join('.')}`).sort()).toEqual(paths.map((p) => `ValidationError:${p}`));
    }
    const update = (await gqlData(sandbox, UPDATE, { headers, variables: { input: { addressEntityId: 1, data: { countryCode: 'CA' } } } })).customer.updateCustomerAddress;
    // Moving the Washington address to Canada needs a Canadian province.
    expect(update.errors.map((e: any) => e.path.join('.'))).toEqual(['input.data.stateOrProvince']);
    expect((await book(headers)).edges.map((e: any) => e.node.countryCode)).toEqual(['US', 'US']);
  });

  test('customer data never crosses customers: another book’s address is invisible and untouchable', async () => {
    const janeHeaders = await jane();
    const maxHeaders = await max();
    const update = (await gqlData(sandbox, UPDATE, { headers: maxHeaders, variables: { input: { addressEntityId: 1, data: { city: 'Stolen' } } } })).customer.updateCustomerAddress;
    expect(update).toEqual({ address: null, errors: [{ __typename: 'AddressDoesNotExistError', message: expect.any(String) }] });
    const del = (await gqlData(sandbox, DELETE, { headers: maxHeaders, variables: { input: { addressEntityId: 2 } } })).customer.deleteCustomerAddress;
    expect(del.errors[0].__typename).toBe('CustomerAddressDeletionError');
    expect((await book(janeHeaders)).edges.map((e: any) => e.node.city)).toEqual(['Seattle', 'San Francisco']);
    const added = (await gqlData(sandbox, ADD, { headers: maxHeaders, variables: { input: { ...HOME, firstName: 'Max' } } })).customer.addCustomerAddress;
    expect((await book(janeHeaders)).edges.map((e: any) => e.node.entityId)).not.toContain(added.address.entityId);
    expect((await book(maxHeaders)).edges.map((e: any) => e.node.entityId)).toEqual([3, added.address.entityId]);
  });
});

describe('geography and form fields', () => {
  test('countries with their states, for address forms', async () => {
    const { geography } = await gqlData(sandbox, '{ geography { countries { code name entityId statesOrProvinces { abbreviation name } } } }');
    const us = geography.countries.find((c: any) => c.code === 'US');
    expect(us).toMatchObject({ name: 'United States', entityId: 226 });
    expect(us.statesOrProvinces).toContainEqual({ abbreviation: 'WA', name: 'Washington' });
    expect(geography.countries.find((c: any) => c.code === 'DE').statesOrProvinces).toEqual([]);
  });

  test('Settings.formFields lists the account and address forms, filtered and sorted', async () => {
    const q = `query($f: FormFieldFiltersInput, $s: FormFieldSortInput) { site { settings { formFields {
      customer(filters: $f, sortBy: $s) { __typename entityId label isBuiltIn isRequired sortOrder ... on PicklistFormField { choosePrefix options { entityId label } } }
      shippingAddress { entityId __typename ... on PicklistFormField { options { label } } ... on NumberFormField { minNumber maxNumber } }
      billingAddress { entityId } } } } }`;
    const all = (await gqlData(sandbox, q)).site.settings.formFields;
    expect(all.customer.map((f: any) => f.entityId)).toEqual([1, 2, 3, 4, 5, 6, 7, 30, 31]);
    expect(all.customer[0]).toEqual({ __typename: 'TextFormField', entityId: 1, label: 'Email Address', isBuiltIn: true, isRequired: true, sortOrder: 1 });
    const country = all.shippingAddress.find((f: any) => f.entityId === 11);
    expect(country.options.map((o: any) => o.label)).toContain('United States');
    expect(all.shippingAddress.find((f: any) => f.entityId === 33)).toEqual({ entityId: 33, __typename: 'NumberFormField', minNumber: 0, maxNumber: 200 });
    expect(all.billingAddress).toEqual(all.shippingAddress.map((f: any) => ({ entityId: f.entityId })));
    const custom = (await gqlData(sandbox, q, { variables: { f: { isBuiltIn: false }, s: 'SORT_ORDER' } })).site.settings.formFields.customer;
    expect(custom.map((f: any) => [f.entityId, f.__typename])).toEqual([[30, 'DateFormField'], [31, 'PicklistFormField']]);
    const byId = (await gqlData(sandbox, q, { variables: { f: { entityIds: [5, 4] } } })).site.settings.formFields.customer;
    expect(byId.map((f: any) => f.entityId)).toEqual([4, 5]);
  });
});

test('a private token without the Customer scope cannot use Mutation.customer', async () => {
  const res = await fetch(`${sandbox.url}/stores/${sandbox.storeHash}/v3/storefront/api-token-private`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-token': sandbox.managementToken },
    body: JSON.stringify({ channel_id: sandbox.channelId, expires_at: Math.floor(sandbox.clock.now() / 1000) + 3600, scopes: ['Unauthenticated'] }),
  });
  const token = ((await res.json()) as { data: { token: string } }).data.token;
  const answer = await gql(sandbox, ADD, { variables: { input: HOME }, headers: { authorization: `Bearer ${token}`, ...(await jane()) } });
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_ACCESS_SCOPE');
  expect(answer.body.data?.customer ?? null).toBeNull();
});

test('the customer namespace counts its mutations: two in one request are refused, and nothing changes', async () => {
  const headers = await jane();
  const two = `mutation { customer {
    a: deleteCustomerAddress(input: { addressEntityId: 1 }) { errors { __typename } }
    b: deleteCustomerAddress(input: { addressEntityId: 2 }) { errors { __typename } } } }`;
  const res = await gql(sandbox, two, { headers });
  expect(res.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MUTATIONS');
  expect((await book(headers)).edges.map((e: any) => e.node.entityId)).toEqual([1, 2]);
  // One mutation scores as BigCommerce's do (9000 for the field that performs it).
  const one = await gql(sandbox, DELETE, { headers, variables: { input: { addressEntityId: 2 } } });
  expect(Number(one.headers.get('x-bc-graphql-complexity'))).toBeGreaterThanOrEqual(9000);
  expect(Number(one.headers.get('x-bc-graphql-complexity'))).toBeLessThan(9100);
});
