import fs from 'node:fs';
import path from 'node:path';

/** The label of every operation that is not a registered one: unnamed, or named by the caller. */
export const ANONYMOUS = 'anonymous';

/** The client's persisted-operations manifest, as `pnpm schema` writes it (and the gateway reads it). */
export function defaultManifestPath(): string {
  return path.resolve(__dirname, '../../client/src/generated/persisted-documents.json');
}

/**
 * Operation names as metric labels and log fields: only the names of the client's registered
 * operations, everything else `anonymous`. A caller chooses the name it sends, so using it as is
 * would let anyone create label values without bound (and put their text into the logs).
 */
export class OperationNames {
  readonly names: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
  }

  /** Names from the manifest (PERSISTED_OPERATIONS_MANIFEST or the repository's); none when it is missing. */
  static fromManifest(file = process.env.PERSISTED_OPERATIONS_MANIFEST || defaultManifestPath()): OperationNames {
    if (!fs.existsSync(file)) return new OperationNames([]);
    const documents = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>);
    const definition = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g;
    const names = documents.flatMap((doc) => [...doc.matchAll(definition)].map((m) => m[1]));
    return new OperationNames(names);
  }

  /**
   * The label for an operation this service received. The gateway names what it sends a subgraph
   * `<client name>__<subgraph>__<n>`: the client's name is what counts.
   */
  label(operationName: string | null | undefined, service?: string): string {
    if (!operationName) return ANONYMOUS;
    const suffix = service ? new RegExp(`__${service}__\\d+$`) : null;
    const name = suffix ? operationName.replace(suffix, '') : operationName;
    return this.names.has(name) ? name : ANONYMOUS;
  }
}
