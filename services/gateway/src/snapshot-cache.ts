import { createHash } from 'node:crypto';

import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Principal } from '@mentorship/auth';
import { type FormattedExecutionResult, Kind } from 'graphql';

export interface SnapshotCacheOptions {
  /** Root query fields whose answers come from the district's snapshots (they change every 15 minutes or so). */
  fields: string[];
  /** How long an answer is reused; 0 turns the cache off. */
  ttlMs: number;
  /** At most this many answers are kept (oldest dropped first). */
  maxEntries?: number;
}

interface CacheContext {
  principal: Principal;
}

/**
 * Reuses the answer to a dashboard query, per caller, for a short time. Dashboard figures come
 * from aggregate snapshots, not live data, and a 300-school dashboard is about 10,000 fields to
 * execute twice (subgraph and gateway): reusing it for `ttlMs` turns a CPU-bound request into a
 * lookup. Only queries made solely of the listed root fields are cached, only answers without
 * errors, and the key holds the caller's identity, role and scope, the document and variables.
 */
export function snapshotCachePlugin(options: SnapshotCacheOptions): ApolloServerPlugin<CacheContext> {
  const fields = new Set(options.fields);
  const max = options.maxEntries ?? 500;
  const cache = new Map<string, { expires: number; result: FormattedExecutionResult }>();
  const keyOf = (ctx: GraphQLRequestContext<CacheContext>): string | null => {
    const operation = ctx.operation;
    if (!operation || operation.operation !== 'query') return null;
    const cacheable = operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && fields.has(s.name.value) && !s.directives?.length,
    );
    if (!cacheable) return null;
    const p = ctx.contextValue.principal;
    return createHash('sha256')
      .update(
        JSON.stringify([
          p.personId,
          p.role,
          p.districtId,
          p.schoolId ?? null,
          ctx.source,
          ctx.request.operationName ?? null,
          ctx.request.variables ?? {},
        ]),
      )
      .digest('hex');
  };
  return {
    async requestDidStart() {
      if (options.ttlMs <= 0) return;
      let key: string | null = null;
      return {
        async responseForOperation(ctx) {
          key = keyOf(ctx);
          if (!key) return null;
          const hit = cache.get(key);
          if (!hit || hit.expires < Date.now()) return null;
          return { http: ctx.response.http, body: { kind: 'single', singleResult: hit.result } };
        },
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          if (
            !key ||
            body.kind !== 'single' ||
            body.singleResult.errors?.length ||
            cache.get(key)?.expires! >= Date.now()
          )
            return;
          cache.set(key, { expires: Date.now() + options.ttlMs, result: body.singleResult });
          if (cache.size > max) cache.delete(cache.keys().next().value!);
        },
      };
    },
  };
}
