import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isRequiredInputField,
  print,
  astFromValue,
  type ConstValueNode,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, test } from 'vitest';
import { sandboxSchemaPath } from '../../src/graphql/sandboxSchema.js';

const bigcommercePath = fileURLToPath(new URL('../../schema/bigcommerce-storefront.graphql', import.meta.url));

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isUnionType(type)) return 'union';
  if (isEnumType(type)) return 'enum';
  if (isInputObjectType(type)) return 'input';
  return 'scalar';
}

// graphql 17 keeps an SDL default as `default.literal` (`defaultValue` is only set by code-first
// schemas), so both are read: comparing `defaultValue` alone compared nothing.
function defaultOf(arg: { defaultValue?: unknown; default?: { literal?: ConstValueNode; value?: unknown } | undefined; type: GraphQLArgument['type'] }): string {
  if (arg.default?.literal) return print(arg.default.literal);
  const value = arg.default && 'value' in arg.default ? arg.default.value : arg.defaultValue;
  if (value === undefined) return '(none)';
  const ast = astFromValue(value, arg.type);
  return ast ? print(ast) : '(none)';
}

/**
 * Every way `sandbox` can stop being a subset of `reference`: returned as readable problems so a
 * failure says what to fix.
 */
export function subsetProblems(sandbox: GraphQLSchema, reference: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const [name, type] of Object.entries(sandbox.getTypeMap())) {
    if (name.startsWith('__')) continue;
    const ref = reference.getType(name);
    if (!ref) {
      problems.push(`type ${name} does not exist in BigCommerce's schema`);
      continue;
    }
    if (kindOf(type) !== kindOf(ref)) {
      problems.push(`type ${name} is a ${kindOf(type)} but BigCommerce's is a ${kindOf(ref)}`);
      continue;
    }
    if ((isObjectType(type) && isObjectType(ref)) || (isInterfaceType(type) && isInterfaceType(ref))) {
      const refInterfaces = ref.getInterfaces().map((i) => i.name);
      for (const i of type.getInterfaces()) if (!refInterfaces.includes(i.name)) problems.push(`${name} implements ${i.name}, BigCommerce's does not`);
      const refFields = ref.getFields();
      for (const field of Object.values(type.getFields())) {
        const rf = refFields[field.name];
        if (!rf) {
          problems.push(`field ${name}.${field.name} does not exist in BigCommerce's schema`);
          continue;
        }
        if (String(field.type) !== String(rf.type)) problems.push(`field ${name}.${field.name} is ${String(field.type)}, BigCommerce's is ${String(rf.type)}`);
        for (const arg of field.args) {
          const ra = rf.args.find((a) => a.name === arg.name);
          if (!ra) problems.push(`argument ${name}.${field.name}(${arg.name}) does not exist in BigCommerce's schema`);
          else {
            if (String(arg.type) !== String(ra.type)) problems.push(`argument ${name}.${field.name}(${arg.name}) is ${String(arg.type)}, BigCommerce's is ${String(ra.type)}`);
            if (defaultOf(arg) !== defaultOf(ra)) problems.push(`argument ${name}.${field.name}(${arg.name}) defaults to ${defaultOf(arg)}, BigCommerce's to ${defaultOf(ra)}`);
          }
        }
        // A required argument the sandbox left out would make BigCommerce reject documents the sandbox accepts.
        for (const ra of rf.args) {
          if (isNonNullType(ra.type) && ra.defaultValue === undefined && !field.args.some((a) => a.name === ra.name)) {
            problems.push(`required argument ${name}.${field.name}(${ra.name}) is missing from the sandbox`);
          }
        }
        if (field.deprecationReason !== rf.deprecationReason) problems.push(`field ${name}.${field.name} deprecation differs from BigCommerce's`);
      }
    }
    if (isInputObjectType(type) && isInputObjectType(ref)) {
      const refFields = ref.getFields();
      for (const field of Object.values(type.getFields())) {
        const rf = refFields[field.name];
        if (!rf) problems.push(`input field ${name}.${field.name} does not exist in BigCommerce's schema`);
        else {
          if (String(field.type) !== String(rf.type)) problems.push(`input field ${name}.${field.name} is ${String(field.type)}, BigCommerce's is ${String(rf.type)}`);
          if (defaultOf(field) !== defaultOf(rf)) problems.push(`input field ${name}.${field.name} defaults to ${defaultOf(field)}, BigCommerce's to ${defaultOf(rf)}`);
        }
      }
      for (const rf of Object.values(refFields)) {
        if (isRequiredInputField(rf) && !type.getFields()[rf.name]) problems.push(`required input field ${name}.${rf.name} is missing from the sandbox`);
      }
    }
    if (isEnumType(type) && isEnumType(ref)) {
      const refValues = ref.getValues().map((v) => v.name);
      for (const v of type.getValues()) if (!refValues.includes(v.name)) problems.push(`enum value ${name}.${v.name} does not exist in BigCommerce's schema`);
    }
    if (isUnionType(type) && isUnionType(ref)) {
      const refMembers = ref.getTypes().map((t) => t.name);
      for (const t of type.getTypes()) if (!refMembers.includes(t.name)) problems.push(`union ${name} includes ${t.name}, BigCommerce's does not`);
    }
    if (isScalarType(type) && type.specifiedByURL !== (ref as typeof type).specifiedByURL) problems.push(`scalar ${name} specifiedBy differs`);
  }
  for (const root of ['getQueryType', 'getMutationType', 'getSubscriptionType'] as const) {
    const mine = sandbox[root]()?.name;
    if (mine !== undefined && mine !== reference[root]()?.name) problems.push(`${root} root is ${mine}, BigCommerce's is ${reference[root]()?.name}`);
  }
  for (const directive of sandbox.getDirectives()) {
    const rd = reference.getDirective(directive.name);
    if (!rd) {
      problems.push(`directive @${directive.name} does not exist in BigCommerce's schema`);
      continue;
    }
    for (const loc of directive.locations) if (!rd.locations.includes(loc)) problems.push(`directive @${directive.name} allows ${loc}, BigCommerce's does not`);
    for (const arg of directive.args) {
      const ra = rd.args.find((a) => a.name === arg.name);
      if (!ra) problems.push(`directive argument @${directive.name}(${arg.name}) does not exist in BigCommerce's schema`);
      else if (String(arg.type) !== String(ra.type)) problems.push(`directive argument @${directive.name}(${arg.name}) is ${String(arg.type)}, BigCommerce's is ${String(ra.type)}`);
    }
  }
  return problems;
}

const reference = buildSchema(readFileSync(bigcommercePath, 'utf8'));
const sandboxSdl = readFileSync(sandboxSchemaPath, 'utf8');

describe('schema/sandbox.graphql is a subset of BigCommerce’s Storefront schema', () => {
  test('every type, field, argument, enum value, union member and directive matches BigCommerce’s', () => {
    expect(subsetProblems(buildSchema(sandboxSdl), reference)).toEqual([]);
  });

  test('covers what the issue requires', () => {
    const schema = buildSchema(sandboxSdl);
    const fields = (type: string) => Object.keys((schema.getType(type) as { getFields(): object }).getFields());
    expect(fields('Site')).toEqual(expect.arrayContaining(['products', 'product', 'categoryTree', 'settings', 'cart', 'checkout', 'search', 'category']));
    expect(fields('CartMutations')).toEqual(expect.arrayContaining(['createCart', 'addCartLineItems', 'updateCartLineItem', 'deleteCartLineItem', 'deleteCart', 'assignCartToCustomer', 'createCartRedirectUrls']));
    expect(fields('CheckoutMutations')).toEqual(expect.arrayContaining(['addCheckoutBillingAddress', 'addCheckoutShippingConsignments', 'selectCheckoutShippingOption', 'applyCheckoutCoupon', 'completeCheckout']));
    expect(fields('Mutation')).toEqual(expect.arrayContaining(['login', 'logout', 'generateSessionSyncJwt', 'validateSessionSyncJwt']));
    expect(fields('Query')).toEqual(expect.arrayContaining(['site', 'customer']));
    expect(schema.getDirective('shopperPreferences')?.args.map((a) => a.name)).toContain('locale');
  });

  // The checker itself must catch each kind of drift; otherwise the first test proves nothing.
  test.each([
    ['nullability of a field', 'storeName: String!', 'storeName: String', 'Settings.storeName is String'],
    ['list wrapping of a field', 'locales: [Locale!]!', 'locales: [Locale]!', 'Settings.locales is [Locale]!'],
    ['an invented field', 'storeName: String!', 'storeName: String!\n  storeNickname: String', 'Settings.storeNickname does not exist'],
    ['an argument type', 'cart(entityId: String): Cart', 'cart(entityId: ID): Cart', 'Site.cart(entityId) is ID'],
    ['an invented argument', 'cart(entityId: String): Cart', 'cart(entityId: String, guest: Boolean): Cart', 'Site.cart(guest) does not exist'],
    ['an enum value', 'SHOPPER_IP_MISMATCH', 'SHOPPER_IP_MISMATCH\n  SANDBOX_ONLY', 'InvalidSessionSyncJwtErrorType.SANDBOX_ONLY'],
    ['an input field type', 'input CartLineItemInput {\n  productEntityId: Int\n  quantity: Int!', 'input CartLineItemInput {\n  productEntityId: Int\n  quantity: Int', 'CartLineItemInput.quantity is Int'],
    ['a required input field left out', 'shouldSaveAddress: Boolean!', '', 'CheckoutAddressInput.shouldSaveAddress is missing'],
    ['a union member', 'union ValidateSessionSyncJwtError = InvalidSessionSyncJwtError | JwtTokenExpiredError', 'union ValidateSessionSyncJwtError = InvalidSessionSyncJwtError | JwtTokenExpiredError | NotFoundError', 'includes NotFoundError'],
    ['a directive location', 'on MUTATION | QUERY', 'on MUTATION | QUERY | FIELD', 'allows FIELD'],
  ])('the checker catches a changed %s', (_what, from, to, expected) => {
    expect(sandboxSdl).toContain(from);
    const changed = buildSchema(sandboxSdl.replace(from, to));
    const problems = subsetProblems(changed, reference);
    expect(problems.some((p) => p.includes(expected))).toBe(true);
  });
});
