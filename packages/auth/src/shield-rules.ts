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

/** Any verified caller. */
export const isAuthenticated: IRule = rule({ cache: 'contextual' })(
  (_parent, _args, ctx: AuthContext) => ctx.principal !== null,
);

const roleRules = new Map<string, IRule>();

/** A verified caller holding one of the roles. Memoised: shield refuses two rules of one name. */
export function hasRole(...roles: Role[]): IRule {
  const name = `hasRole:${[...roles].sort().join(',')}`;
  let found = roleRules.get(name);
  if (!found) {
    found = rule(name, { cache: 'contextual' })(
      (_parent, _args, ctx: AuthContext) => ctx.principal !== null && roles.includes(ctx.principal.role),
    );
    roleRules.set(name, found);
  }
  return found;
}

/**
 * The one way services build their permission layer: deny whatever is not named, surface
 * resolver errors as they are (typed user errors), and answer denials with FORBIDDEN.
 * Federation's `_service` is allowed for verified callers; `_entities` is allowed at the
 * Query level because the entity types' own fields carry their rules.
 */
export function buildPermissions(rules: IRules): IMiddlewareGenerator<any, any, any> {
  const typed = rules as Record<string, Record<string, unknown>>;
  return shield(
    {
      ...typed,
      Query: { _service: isAuthenticated, _entities: isAuthenticated, ...(typed.Query ?? {}) },
      _Service: { sdl: isAuthenticated },
    } as IRules,
    { fallbackRule: deny, allowExternalErrors: true, fallbackError: () => forbidden() },
  );
}

export { allow };
