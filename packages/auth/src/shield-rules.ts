import { GraphQLError } from 'graphql';
import type { IMiddlewareGenerator } from 'graphql-middleware';
import type { IRule } from 'graphql-shield';
import { allow, deny, type IRules, rule, shield } from 'graphql-shield';

import type { Principal, Role } from './roles';

/** What every service's GraphQL context carries for authorisation. */
export interface AuthContext {
  principal: Principal | null;
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** A rule's verdict from the caller alone (no parent, no arguments): the same function shield runs. */
export type CallerCheck = (ctx: AuthContext) => boolean;
const callerChecks = new WeakMap<object, CallerCheck>([[allow, () => true]]);

/** A shield rule over `check`, remembered so buildSubgraph can run the same check without a promise. */
function callerRule(name: string, check: CallerCheck): IRule {
  const made = rule(name, { cache: 'contextual' })((_parent, _args, ctx: AuthContext) => check(ctx));
  callerChecks.set(made, check);
  return made;
}

/** Any verified caller. */
export const isAuthenticated: IRule = callerRule('isAuthenticated', (ctx) => ctx.principal !== null);

const roleRules = new Map<string, IRule>();

/** A verified caller holding one of the roles. Memoised: shield refuses two rules of one name. */
export function hasRole(...roles: Role[]): IRule {
  const name = `hasRole:${[...roles].sort().join(',')}`;
  let found = roleRules.get(name);
  if (!found) {
    found = callerRule(name, (ctx) => ctx.principal !== null && roles.includes(ctx.principal.role));
    roleRules.set(name, found);
  }
  return found;
}

const ruleTrees = new WeakMap<object, Record<string, unknown>>();

/**
 * For a permission layer built by buildPermissions: the rule shield applies to `type.field` (the
 * type's rule, the field's, or the type's `*`), or undefined for the fallback deny.
 */
export function ruleOf(permissions: object, type: string, field: string): IRule | undefined {
  const entry = ruleTrees.get(permissions)?.[type];
  if (entry === undefined || entry === null) return undefined;
  if (Object.getPrototypeOf(entry) !== Object.prototype) return entry as IRule;
  const map = entry as Record<string, IRule | undefined>;
  return map[field] ?? map['*'];
}

/**
 * The caller-only check behind a rule (a role rule, isAuthenticated or allow), or undefined where
 * shield must decide (a rule reading the parent, a logic rule). Shield's wrapper is async; these
 * checks can run in line (packages/graphql caller-checks.ts).
 */
export function callerCheckOf(rule: IRule): CallerCheck | undefined {
  return callerChecks.get(rule);
}

/**
 * The one way services build their permission layer: deny whatever is not named, surface
 * resolver errors as they are (typed user errors), and answer denials with FORBIDDEN.
 * Federation's `_service` is allowed for verified callers; `_entities` is allowed at the
 * Query level because the entity types' own fields carry their rules.
 */
export function buildPermissions(rules: IRules): IMiddlewareGenerator<any, any, any> {
  const typed = rules as Record<string, Record<string, unknown>>;
  const tree = {
    ...typed,
    Query: { _service: isAuthenticated, _entities: isAuthenticated, ...(typed.Query ?? {}) },
    _Service: { sdl: isAuthenticated },
  };
  const permissions = shield(tree as IRules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
  });
  ruleTrees.set(permissions, tree);
  return permissions;
}

export { allow };
