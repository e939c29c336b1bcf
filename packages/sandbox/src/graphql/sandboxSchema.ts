import { buildSchema, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the sandbox SDL (`schema/sandbox.graphql`, also exported as `@bc-headless/sandbox/schema.graphql`). */
export const sandboxSchemaPath = fileURLToPath(new URL('../../schema/sandbox.graphql', import.meta.url));

let cached: GraphQLSchema | undefined;

/** The executable schema built from the sandbox SDL (read once, on first use). */
export function sandboxSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(sandboxSchemaPath, 'utf8'));
  return cached;
}
