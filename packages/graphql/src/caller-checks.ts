import { ALL_ROLES, type AuthContext, type CallerCheck, callerCheckOf, forbidden, ruleOf } from '@mentorship/auth';
import {
  defaultFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  isIntrospectionType,
  isObjectType,
} from 'graphql';

/** Callers every in-line check is compared on with its shield rule: no context, no principal, each role. */
const PROBES: (AuthContext | Record<string, never>)[] = [
  {},
  { principal: null },
  ...ALL_ROLES.map((role) => ({ principal: { personId: 'p', districtId: 'd', schoolId: 's', role } })),
];

/** Shield's verdict: true, or anything else (false, an error) meaning no. */
async function shieldAllows(rule: object, ctx: object): Promise<boolean> {
  const resolve = (rule as { resolve: (...a: unknown[]) => Promise<unknown> }).resolve.bind(rule);
  return (await resolve({}, {}, { ...ctx, _shield: { cache: {} } }, {}, { debug: false })) === true;
}

function inLine(check: CallerCheck, ctx: unknown): boolean {
  try {
    return check((ctx ?? {}) as AuthContext) === true;
  } catch {
    return false; // shield's rules answer false when they throw (e.g. a context without a principal)
  }
}

/**
 * Where a field's rule decides from the caller alone (a role rule, isAuthenticated, allow), checks it
 * in line around the field's own resolver: the same verdict and FORBIDDEN as shield's wrapper,
 * without a promise per field (a 300-row answer resolves synchronously below its root). Every other
 * field keeps shield. Checked while building: each in-line check must agree with its shield rule
 * for every probe caller, or the subgraph does not start.
 */
export async function checkCallersInLine(
  guarded: GraphQLSchema,
  unguarded: GraphQLSchema,
  permissions: object,
): Promise<void> {
  for (const type of Object.values(guarded.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const before = (unguarded.getType(type.name) as GraphQLObjectType).getFields();
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(permissions, type.name, field.name);
      const check = rule && callerCheckOf(rule);
      if (!rule || !check) continue;
      for (const probe of PROBES)
        if ((await shieldAllows(rule, probe)) !== inLine(check, probe))
          throw new Error(`${type.name}.${field.name}: the in-line check disagrees with its shield rule`);
      const resolve = before[field.name].resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) =>
        inLine(check, context) ? resolve(source, args, context, info) : forbidden();
    }
  }
}
