import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './connection.js';
import { isMutationNamespace } from './limits.js';

/**
 * What one field that performs a mutation costs. Observed: `cart { createCart { cart { entityId } } }`
 * scores 9003 on BigCommerce (robotostudio/turbo-start-bigcommerce@0425e90), i.e. 9000 for
 * `createCart` and 1 for each of the other three fields. See README.md, "Complexity".
 */
export const MUTATION_FIELD_COST = 9_000;

type Fragments = Record<string, FragmentDefinitionNode>;

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (node?.kind === Kind.INT) return Number(node.value);
  if (node?.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** `@skip(if: true)` / `@include(if: false)`, literal or variable; an unknown condition counts (the part may run). */
function skipped(sel: SelectionNode, variables: Record<string, unknown>): boolean {
  return (sel.directives ?? []).some((d) => {
    const arg = d.arguments?.find((a) => a.name.value === 'if')?.value;
    const value = arg?.kind === Kind.BOOLEAN ? arg.value : arg?.kind === Kind.VARIABLE ? variables[arg.name.value] : undefined;
    return (d.name.value === 'skip' && value === true) || (d.name.value === 'include' && value === false);
  });
}

/**
 * BigCommerce's complexity score of an operation, as the sandbox models it (README.md,
 * "Complexity", gives each rule and its source): every selected field costs the number of items
 * its enclosing lists can return, counting the outermost list's page size in full and each list
 * nested inside it by the square root of its page size; connection `edges`/`node` cost nothing;
 * of the fragments on different object types of an abstract field, only the dearest counts (an
 * item has one type); skipped parts cost nothing; a field that performs a mutation costs 9000.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
): number {
  const mutation = operation.operation === 'mutation';
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  // `pageSize` is the page size of the connection whose selection `set` is: its `edges` are the items.
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, inList: boolean, seen: ReadonlySet<string>, pageSize = 1): number => {
    let cost = 0;
    // Fragments on one concrete type each: an item is only ever one of them.
    const branches = new Map<string, number>();
    const fragment = (typeName: string | undefined, selectionSet: SelectionSetNode, nextSeen: ReadonlySet<string>) => {
      const type = typeName ? (schema.getType(typeName) as GraphQLCompositeType | undefined) : undefined;
      const branchCost = walk(selectionSet, type ?? parent, multiplier, inList, nextSeen, pageSize);
      if (type && type !== parent && isObjectType(type) && !isObjectType(parent)) branches.set(type.name, (branches.get(type.name) ?? 0) + branchCost);
      else cost += branchCost;
    };
    for (const sel of set.selections) {
      if (skipped(sel, variables)) continue;
      if (sel.kind === Kind.INLINE_FRAGMENT) fragment(sel.typeCondition?.name.value, sel.selectionSet, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments[sel.name.value];
        if (frag && !seen.has(frag.name.value)) fragment(frag.typeCondition.name.value, frag.selectionSet, new Set([...seen, frag.name.value]));
      } else {
        const name = sel.name.value;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const named: GraphQLNamedType | undefined = field && getNamedType(field.type);
        const edges = name === 'edges' && parent.name.endsWith('Connection');
        // A connection's `edges` and an edge's `node` are wrappers: the connection's page size counts their items.
        const wrapper = edges || (name === 'node' && parent.name.endsWith('Edge'));
        const performs = mutation && field !== undefined && (parent === root ? !isMutationNamespace(field.type) : isMutationNamespace(parent));
        cost += performs ? MUTATION_FIELD_COST : wrapper ? 0 : multiplier;
        if (!sel.selectionSet || !field || !named || !isCompositeType(named)) continue;
        const arg = (argName: string) => intValue(sel.arguments?.find((a) => a.name.value === argName)?.value, variables);
        // Items this field returns per parent: a connection's edges, or a plain list (default size).
        const items = edges ? pageSize : isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? DEFAULT_PAGE_SIZE : 0;
        const next = !items ? multiplier : inList ? multiplier * Math.sqrt(Math.max(1, items)) : multiplier * Math.max(1, items);
        const connectionSize = named.name.endsWith('Connection') ? (arg('first') ?? arg('last') ?? DEFAULT_PAGE_SIZE) : 1;
        cost += walk(sel.selectionSet, named, next, inList || items > 0, seen, connectionSize);
      }
    }
    return cost + (branches.size ? Math.max(...branches.values()) : 0);
  };
  return Math.round(walk(operation.selectionSet, root, 1, false, new Set()));
}
