import {
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** The federation entity types of a subgraph (those `_entities` can return). */
function entityNames(schema: GraphQLSchema): Set<string> {
  const union = schema.getType('_Entity') as { getTypes?: () => { name: string }[] } | undefined;
  return new Set(union?.getTypes?.().map((t) => t.name) ?? []);
}

/**
 * Refuses a value type that could open a path to data without a rule. A value type holds scalars,
 * enums, other value types, or entities: an entity's fields keep their own rules (`_entities` hands
 * any entity out from a bare representation, so its rules must already stand alone). A value type is
 * not itself an entity nor a root type, and its fields take no arguments.
 */
export function assertValueTypes(schema: GraphQLSchema, names: string[]): void {
  const entities = entityNames(schema);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name);
  for (const name of names) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`value type ${name} is not an object type of this schema`);
    if (entities.has(name))
      throw new Error(`value type ${name} is a federation entity; entities keep their field rules`);
    if (roots.includes(name)) throw new Error(`value type ${name} is a root type; its fields need their rules`);
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const allowed =
        isScalarType(target) || isEnumType(target) || names.includes(target.name) || entities.has(target.name);
      if (!allowed)
        throw new Error(
          `value type ${name}.${field.name} leads to ${target.name}, which is neither a value type nor an entity`,
        );
      if (field.args.length)
        throw new Error(`value type ${name}.${field.name} takes arguments; it needs a resolver and a rule`);
    }
  }
}

/**
 * The fields outside the value types that return one: the doors whose rules guard everything
 * below them. A subgraph's spec pins this list, so a new door cannot appear unreviewed.
 */
export function valueTypeEntries(schema: GraphQLSchema, names: string[]): string[] {
  const entries: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || names.includes(type.name)) continue;
    for (const field of Object.values(type.getFields()))
      if (names.includes(getNamedType(field.type).name)) entries.push(`${type.name}.${field.name}`);
  }
  return entries.sort();
}

/**
 * Gives the value types' fields back the resolvers they had before the permission layer, so a
 * 300-row answer does not await a rule per cell (each wrapper is an async function: a promise,
 * a microtask and garbage per field, measured in tests/results/deployed-bench.md).
 */
export function unwrapValueTypes(guarded: GraphQLSchema, unguarded: GraphQLSchema, names: string[]): void {
  for (const name of names) {
    const before = (unguarded.getType(name) as GraphQLObjectType).getFields();
    for (const field of Object.values((guarded.getType(name) as GraphQLObjectType).getFields()))
      field.resolve = before[field.name].resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
  }
}
