// Sends Catalyst's query operations to a running sandbox, as a guest and as a signed-in demo
// customer, and reports which answer with GraphQL errors: validating (measureCatalyst) proves the
// schema has the fields, this proves the resolvers answer them. Required variables get a guess
// per type (Int 111, a product; String "x"; ID the product's global id …); an operation whose
// required variables are input objects is left out and counted as such.
import { Kind, parse, print } from 'graphql';

const GUESSES = { Int: 111, String: 'x', ID: Buffer.from('Product:111').toString('base64'), Boolean: true, Float: 1, DateTime: '2026-01-01T00:00:00Z' };

/** Guessed values for an operation's required variables, or the name of a type it cannot guess. */
function guessVariables(operation) {
  const variables = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
    const inner = definition.type.type;
    const named = print(inner).replace(/[[\]!]/g, '');
    if (!(named in GUESSES)) return { unguessable: named };
    variables[definition.variable.name.value] = inner.kind === Kind.LIST_TYPE ? [GUESSES[named]] : GUESSES[named];
  }
  return { variables };
}

async function post(sandbox, query, variables, headers = {}) {
  const res = await fetch(`${sandbox.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.privateToken}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * Runs every query operation (mutations change the store and need real input: they are left to
 * the tests) as a guest and as the sandbox's first demo customer. Returns, per query, the errors
 * of each run (empty when it answered cleanly) or why it was skipped.
 */
export async function executeQueries(operations, sandbox) {
  const customer = sandbox.customers[0];
  const login = await post(sandbox, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { customerAccessToken { value } } }', { e: customer.email, p: customer.password });
  const token = login.data?.login?.customerAccessToken?.value;
  if (!token) throw new Error(`executeQueries: the demo customer ${customer.email} could not sign in: ${JSON.stringify(login.errors)}`);
  const results = [];
  for (const operation of operations) {
    if (!operation.document || operation.errors.length > 0) continue;
    const definition = parse(operation.document).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (definition.operation !== 'query') continue;
    const { variables, unguessable } = guessVariables(definition);
    if (unguessable) {
      results.push({ name: operation.name, skipped: `needs a ${unguessable} variable` });
      continue;
    }
    const asGuest = await post(sandbox, operation.document, variables);
    const asCustomer = await post(sandbox, operation.document, variables, { 'x-bc-customer-access-token': token });
    results.push({ name: operation.name, guestErrors: (asGuest.errors ?? []).map((e) => e.message), customerErrors: (asCustomer.errors ?? []).map((e) => e.message) });
  }
  return results;
}
