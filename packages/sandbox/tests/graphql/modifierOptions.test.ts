import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { completeCheckout, login } from '../support/storefrontFlow.js';
import { card, pay } from '../support/sandboxFixtures.js';
import { gql, gqlData, startSandbox } from './graphqlClient.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

const OPTIONS = `query($id: Int!) { site { product(entityId: $id) { productOptions(first: 10) { edges { node { __typename entityId displayName isRequired isVariantOption
  ... on CheckboxOption { label checkedByDefault checkedOptionValueEntityId uncheckedOptionValueEntityId }
  ... on TextFieldOption { minLength maxLength }
  ... on MultiLineTextFieldOption { maxLines }
  ... on NumberFieldOption { lowest highest isIntegerOnly limitNumberBy defaultValue }
  ... on DateFieldOption { earliest latest limitDateBy }
  ... on FileUploadFieldOption { fileTypes maxFileSize } } } } } } }`;
const SELECTED = `selectedOptions { __typename entityId name
  ... on CartSelectedCheckboxOption { value valueEntityId } ... on CartSelectedTextFieldOption { text }
  ... on CartSelectedMultiLineTextFieldOption { text } ... on CartSelectedNumberFieldOption { number }
  ... on CartSelectedDateFieldOption { date { utc } } }`;
const CREATE = `mutation($input: CreateCartInput!) { cart { createCart(input: $input) { cart { entityId
  lineItems { digitalItems { entityId } giftCertificates { entityId } physicalItems { entityId quantity url ${SELECTED} } } } } } }`;

const ENGRAVED = (selectedOptions: Record<string, unknown>, quantity = 1) => ({ productEntityId: 151, quantity, selectedOptions });
const FULL = {
  textFields: [{ optionEntityId: 1510, text: 'Trail boss' }],
  checkboxes: [{ optionEntityId: 1511, optionValueEntityId: 15111 }],
  multiLineTextFields: [{ optionEntityId: 1512, text: 'Happy trails!\nLove, J.' }],
  numberFields: [{ optionEntityId: 1513, number: 14 }],
  dateFields: [{ optionEntityId: 1514, date: '2027-02-14T00:00:00Z' }],
};
const create = (lineItems: unknown[], headers: Record<string, string> = {}) => gql(sandbox, CREATE, { variables: { input: { lineItems } }, headers });

describe('modifier options', () => {
  test('products show their modifiers with BigCommerce’s option types after the variant options', async () => {
    const mug = (await gqlData(sandbox, OPTIONS, { variables: { id: 151 } })).site.product.productOptions.edges.map((e: any) => e.node);
    expect(mug.map((o: any) => [o.__typename, o.entityId, o.isVariantOption])).toEqual([
      ['TextFieldOption', 1510, false], ['CheckboxOption', 1511, false], ['MultiLineTextFieldOption', 1512, false], ['NumberFieldOption', 1513, false], ['DateFieldOption', 1514, false],
    ]);
    expect(mug[0]).toMatchObject({ isRequired: true, minLength: 1, maxLength: 20 });
    expect(mug[1]).toMatchObject({ label: 'Wrap it as a gift', checkedByDefault: false, checkedOptionValueEntityId: 15111, uncheckedOptionValueEntityId: 15112 });
    expect(mug[3]).toMatchObject({ lowest: 8, highest: 24, isIntegerOnly: true, limitNumberBy: 'RANGE', defaultValue: 12 });
    expect(mug[4]).toMatchObject({ limitDateBy: 'RANGE' });
    const poster = (await gqlData(sandbox, OPTIONS, { variables: { id: 152 } })).site.product.productOptions.edges.map((e: any) => e.node);
    expect(poster[1]).toMatchObject({ __typename: 'FileUploadFieldOption', isRequired: false, fileTypes: ['image/png', 'image/jpeg'] });
  });

  test('a cart line keeps every kind of value and shows it in selectedOptions; other values make another line', async () => {
    const res = await create([ENGRAVED(FULL), ENGRAVED({ textFields: [{ optionEntityId: 1510, text: 'Trail boss' }] }), ENGRAVED(FULL, 2)]);
    expect(res.body.errors).toBeUndefined();
    const { lineItems } = res.body.data.cart.createCart.cart;
    expect(lineItems.digitalItems).toEqual([]);
    expect(lineItems.giftCertificates).toEqual([]);
    expect(lineItems.physicalItems.map((l: any) => l.quantity)).toEqual([3, 1]);
    expect(lineItems.physicalItems[0].url).toMatch(/\/engraved-camp-mug\/$/);
    expect(lineItems.physicalItems[0].selectedOptions).toEqual([
      { __typename: 'CartSelectedTextFieldOption', entityId: 1510, name: 'Engraving', text: 'Trail boss' },
      { __typename: 'CartSelectedCheckboxOption', entityId: 1511, name: 'Gift wrap', value: 'Yes', valueEntityId: 15111 },
      { __typename: 'CartSelectedMultiLineTextFieldOption', entityId: 1512, name: 'Gift message', text: 'Happy trails!\nLove, J.' },
      { __typename: 'CartSelectedNumberFieldOption', entityId: 1513, name: 'Font size', number: 14 },
      { __typename: 'CartSelectedDateFieldOption', entityId: 1514, name: 'Deliver on', date: { utc: '2027-02-14T00:00:00.000Z' } },
    ]);
  });

  test('values are validated as the option says', async () => {
    const engraving = { optionEntityId: 1510, text: 'ok' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, 'Missing required option'],
      [{ textFields: [{ optionEntityId: 1510, text: 'x'.repeat(21) }] }, 'at most 20'],
      [{ textFields: [{ optionEntityId: 1510, text: 'line\nbreak' }] }, 'control characters'],
      [{ textFields: [engraving], checkboxes: [{ optionEntityId: 1511, optionValueEntityId: 1 }] }, 'checked'],
      [{ textFields: [engraving], numberFields: [{ optionEntityId: 1513, number: 30 }] }, 'at most 24'],
      [{ textFields: [engraving], numberFields: [{ optionEntityId: 1513, number: 12.5 }] }, 'whole number'],
      [{ textFields: [engraving], dateFields: [{ optionEntityId: 1514, date: '2030-01-01T00:00:00Z' }] }, 'not after'],
      [{ textFields: [engraving], multiLineTextFields: [{ optionEntityId: 1512, text: '1\n2\n3\n4\n5' }] }, 'at most 4 lines'],
      [{ textFields: [engraving, engraving] }, 'more than once'],
      [{ textFields: [engraving], numberFields: [{ optionEntityId: 1510, number: 1 }] }, 'no number option 1510'],
      [{ textFields: [engraving, { optionEntityId: 9999, text: 'x' }] }, 'no text option 9999'],
    ];
    for (const [selectedOptions, message] of cases) {
      const res = await create([ENGRAVED(selectedOptions)]);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(selectedOptions)).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain(message);
    }
    expect(sandbox.store.carts.size).toBe(0);
  });

  test('an order keeps the modifier values as product options', async () => {
    const token = await login(sandbox, 0);
    const headers = { 'x-bc-customer-access-token': token };
    const cartId = (await create([ENGRAVED(FULL)], headers)).body.data.cart.createCart.cart.entityId;
    const { orderId, paymentAccessToken } = await completeCheckout(sandbox, cartId, headers);
    expect((await pay(sandbox, paymentAccessToken, card('4242424242424242'))).status).toBe(201);
    const order = await gqlData(sandbox, 'query($f: OrderFilterInput) { site { order(filter: $f) { consignments { shipping { edges { node { lineItems { edges { node { productOptions { name value } } } } } } } } } } }', { variables: { f: { entityId: orderId } }, headers });
    expect(order.site.order.consignments.shipping.edges[0].node.lineItems.edges[0].node.productOptions).toEqual([
      { name: 'Engraving', value: 'Trail boss' }, { name: 'Gift wrap', value: 'Yes' }, { name: 'Gift message', value: 'Happy trails!\nLove, J.' },
      { name: 'Font size', value: '14' }, { name: 'Deliver on', value: '2027-02-14T00:00:00.000Z' },
    ]);
  });
});
