import { createHash } from 'node:crypto';
import fs from 'node:fs';

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, parse } from 'graphql';

/** sha256 (hex) of the operation's document → the document, as packages/client emits it. */
export type PersistedOperationsManifest = Record<string, string>;

export interface PersistedOperationsOptions {
  /**
   * `required`: only operations in the manifest run. `off` (default): any valid operation runs,
   * and a known hash may still stand in for its document when a manifest is loaded.
   */
  mode: 'required' | 'off';
  manifest?: PersistedOperationsManifest;
}

/** The manifest's key for a document: sha256 of its normalised form (whitespace, field order). */
export function persistedOperationHash(query: string): string | undefined {
  try {
    return createHash('sha256')
      .update(printExecutableGraphQLDocument(parse(query)))
      .digest('hex');
  } catch {
    return undefined; // unparseable: never a known operation
  }
}

/** Reads PERSISTED_OPERATIONS and PERSISTED_OPERATIONS_MANIFEST (see infra/ENVIRONMENT.md). */
export function loadPersistedOperations(
  env: NodeJS.ProcessEnv,
  defaultManifestPath: string,
): PersistedOperationsOptions {
  const mode = env.PERSISTED_OPERATIONS || 'off';
  const file = env.PERSISTED_OPERATIONS_MANIFEST || defaultManifestPath;
  // Off: the manifest is optional, loaded when present so clients sending hashes only still work.
  if (mode === 'off') return fs.existsSync(file) ? { mode, manifest: readManifest(file) } : { mode };
  if (mode !== 'required') throw new Error(`PERSISTED_OPERATIONS must be "required" or "off", not "${mode}".`);
  if (!fs.existsSync(file))
    throw new Error(`Refusing to start: PERSISTED_OPERATIONS=required but the manifest ${file} does not exist.`);
  return { mode, manifest: readManifest(file) };
}

const readManifest = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as PersistedOperationsManifest;

function unknownOperation(mode: PersistedOperationsOptions['mode'], detail: string): GraphQLError {
  const message =
    mode === 'required'
      ? `This endpoint only runs the platform's registered operations (persisted-operations manifest of ` +
        `@mentorship/client); ${detail}. Add the operation to packages/client/operations and deploy the ` +
        `regenerated manifest.`
      : // Off: any document runs; only this hash is unknown (not in the manifest this gateway loaded).
        `${detail} is known to this endpoint; send the operation's document with the request (any valid ` +
        `operation runs here).`;
  return new GraphQLError(message, { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } });
}

/**
 * Accepts an operation by its hash (`extensions.persistedQuery.sha256Hash`, Apollo's format) or
 * as a full document equal to a registered one, and refuses everything else before planning.
 * The known document replaces whatever text came with the hash, so a hash cannot smuggle in a
 * different query. Apollo's own APQ is off in this mode: it would let a client register anything.
 * With mode `off` a known hash may stand in for the document (when a manifest is loaded), an
 * unknown hash beside a document is ignored, and an unknown hash alone is refused as just that.
 */
export function persistedOperationsPlugin(options: PersistedOperationsOptions): ApolloServerPlugin<BaseContext> {
  const manifest = options.manifest ?? {};
  /**
   * Apollo turns an error thrown before parsing into a 500, so an unknown operation is swapped
   * for a harmless stand-in (its text is never parsed or validated) and refused with a typed
   * error when the stand-in resolves.
   */
  const refuse = (request: { query?: string }, detail: string) => {
    request.query = '{ __typename }';
    return {
      async didResolveOperation() {
        throw unknownOperation(options.mode, detail);
      },
    };
  };
  return {
    async requestDidStart({ request }) {
      const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
      if (request.extensions) delete request.extensions.persistedQuery;
      const known = hash !== undefined ? manifest[hash] : undefined;
      if (known !== undefined) {
        request.query = known;
        return;
      }
      if (options.mode === 'off') {
        if (request.query === undefined && hash !== undefined) return refuse(request, `No operation with hash ${hash}`);
        return;
      }
      if (request.query === undefined)
        return refuse(
          request,
          hash !== undefined ? `no operation with hash ${hash}` : 'the request names no operation',
        );
      const computed = persistedOperationHash(request.query);
      if (computed === undefined || manifest[computed] === undefined)
        return refuse(request, 'this document is not registered');
      request.query = manifest[computed];
    },
  };
}
