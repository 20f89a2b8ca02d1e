import {
  type ArgumentNode,
  type ASTVisitor,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface CostOptions {
  /** An operation costing more is refused before it runs. */
  maxCost: number;
  /** Page size assumed for `first: $variable`: the largest page a caller may ask for. */
  maxPageSize: number;
  /** Length assumed for a list field without `first` (grades of a school, mentors of a student). */
  assumedListLength: number;
  /** What a field costs that does far more work than reading a row: exports, imports, a matching run. */
  heavyCost: number;
  /** Such fields: return type names (`ExportFile`) and `Type.field` coordinates. */
  heavy: readonly string[];
  /**
   * Representations in a subgraph's `_entities` call (a variable, known only per request); 1 when
   * validating the document, so the static check prices one entity and a request-time check the rest.
   */
  entities?: number;
}

/**
 * The cost of an operation: every field costs 1, and a list multiplies what is below it by
 * its length — `first` (literal, the argument's default, or the largest page for a variable) or
 * an assumed length for lists without paging. graphql-armor's cost limit multiplies only by a
 * literal `first` and not at all by unpaged lists, so a fan-out school → grades → classrooms →
 * students → mentors looked cheap to it.
 */
export function operationCost(
  context: Pick<ValidationContext, 'getSchema' | 'getFragment'>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  options: CostOptions,
): number {
  const schema = context.getSchema();
  // A fragment's cost does not depend on where it is spread: computed once, so nested spreads cannot explode.
  const fragments = new Map<string, number>();
  const heavy = new Set(options.heavy);

  const listLength = (field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[]): number => {
    const first = field.args.find((a) => a.name === 'first');
    if (!first) return options.assumedListLength;
    const given = args.find((a) => a.name.value === 'first');
    if (!given) return typeof first.defaultValue === 'number' ? first.defaultValue : options.maxPageSize;
    // Clamped: a page size outside 1–100 is refused as BAD_USER_INPUT naming `first`, not priced.
    if (given.value.kind === Kind.INT) return Math.min(options.maxPageSize, Math.max(1, Number(given.value.value)));
    return options.maxPageSize;
  };

  const cost = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined | null,
    inPage: boolean,
    seen: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (name === '__schema' || name === '__type') continue; // introspection: off in production, and not data
        const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
        if (!field) {
          total += 1;
          continue;
        }
        const isList = isListType(getNullableType(field.type));
        const paged = field.args.some((a) => a.name === 'first');
        // The list right inside a page (`nodes`, `edges`) is the page itself: counted once, by `first`.
        const multiplier =
          name === '_entities'
            ? (options.entities ?? 1)
            : paged
              ? listLength(field, selection.arguments ?? [])
              : isList && !inPage
                ? options.assumedListLength
                : 1;
        const own =
          heavy.has(getNamedType(field.type).name) || heavy.has(`${type!.name}.${name}`) ? options.heavyCost : 1;
        // A paged list (`records(first)`) is the page itself; a paged object (a connection) holds it in
        // `nodes`/`edges`.
        const below = selection.selectionSet
          ? cost(selection.selectionSet, getNamedType(field.type), paged && !isList, seen)
          : 0;
        total += multiplier * (own + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += cost(selection.selectionSet, on, inPage, seen);
      } else {
        const name = selection.name.value;
        const key = `${name}:${inPage}`;
        if (seen.has(name)) continue; // a cycle; NoFragmentCyclesRule reports it
        if (!fragments.has(key)) {
          const fragment = context.getFragment(name);
          const value = fragment
            ? cost(
                fragment.selectionSet,
                schema.getType(fragment.typeCondition.name.value),
                inPage,
                new Set([...seen, name]),
              )
            : 0;
          fragments.set(key, value);
        }
        total += fragments.get(key)!;
      }
    }
    return total;
  };
  return cost(selectionSet, parent, false, new Set());
}

/** Validation rule: refuses an operation whose cost (see `operationCost`) is above `maxCost`. */
export function costLimitRule(options: CostOptions): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const cost = operationCost(context, operation.selectionSet, root, options);
      if (cost > options.maxCost) {
        context.reportError(
          new GraphQLError(
            `This operation would cost ${cost} (lists multiply: page size × what each item asks for); ` +
              `the limit is ${options.maxCost}. Ask for smaller pages or fewer nested lists.`,
            {
              nodes: [operation],
              extensions: { code: 'COST_LIMIT', limit: options.maxCost, cost },
            },
          ),
        );
      }
    },
  });
}
