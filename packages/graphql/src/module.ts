/**
 * A module declares itself: its resolvers, entities, per-request loaders and services, and the
 * reference resolvers of the entities it owns. A service's schema.ts, entities.ts and context.ts
 * only fold its list of modules (in order: the order of resolvers decides the printed schema).
 */
type Class = Function;

export interface SubgraphModule<LoaderScope = never, ServiceScope = never> {
  name: string;
  resolvers?: readonly Class[];
  entities?: readonly Class[];
  /** Types no resolver returns directly but the schema needs (entity stubs of the other subgraph). */
  orphanedTypes?: readonly Class[];
  referenceResolvers?: Record<string, { __resolveReference(reference: never, context: never): unknown }>;
  loaders?: (scope: LoaderScope) => object;
  services?: (scope: ServiceScope) => object;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Built<M, K extends 'loaders' | 'services'> = M extends { [P in K]: (scope: never) => infer R } ? R : never;
/** What the modules' loaders (or services) add up to, for the context's type. */
export type Folded<M extends readonly unknown[], K extends 'loaders' | 'services'> = UnionToIntersection<
  Built<M[number], K>
>;

/** The schema-side fold: resolvers in module order, entities, orphaned types, reference resolvers. */
export function foldModules(modules: readonly SubgraphModule<never, never>[]) {
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  if (!resolvers.length) throw new Error('No module declares a resolver.');
  return {
    resolvers: resolvers as [Class, ...Class[]],
    entities: modules.flatMap((m) => m.entities ?? []),
    orphanedTypes: modules.flatMap((m) => m.orphanedTypes ?? []),
    referenceResolvers: Object.assign({}, ...modules.map((m) => m.referenceResolvers ?? {})),
  };
}

/** The request-side fold: every module's loaders (or services) for one request, in one object. */
export function foldPerRequest<M extends readonly SubgraphModule<never, never>[], K extends 'loaders' | 'services'>(
  modules: M,
  kind: K,
  scope: object,
): Folded<M, K> {
  const built = {};
  for (const m of modules) Object.assign(built, (m[kind] as ((s: unknown) => object) | undefined)?.(scope));
  return built as Folded<M, K>;
}
