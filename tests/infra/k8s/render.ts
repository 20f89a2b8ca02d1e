import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { parseAllDocuments } from 'yaml';

import type { K8sObject } from './schema';

export const K8S_DIR = path.resolve(__dirname, '../../../infra/k8s');

export interface Rendered {
  objects: K8sObject[];
  /** What kustomize printed on stderr (deprecation warnings land here). */
  warnings: string;
}

/**
 * `kubectl kustomize <overlay>` (or a standalone `kustomize build` via KUSTOMIZE): the same
 * rendering an operator's `kubectl apply -k` does. infra/scripts/test-infra.sh makes sure one is there.
 */
export function render(dir: string): Rendered {
  const kustomize = process.env.KUSTOMIZE;
  const [command, args] = kustomize
    ? [kustomize, ['build', dir]]
    : [process.env.KUBECTL ?? 'kubectl', ['kustomize', dir]];
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (run.error)
    throw new Error(`${command} could not run (${run.error.message}): run \`pnpm test:infra\`, which installs it.`);
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
  const documents = parseAllDocuments(run.stdout);
  const objects = documents.map((d) => {
    if (d.errors.length) throw new Error(`unparseable output: ${d.errors[0].message}`);
    return d.toJSON() as K8sObject;
  });
  return { objects: objects.filter(Boolean), warnings: run.stderr.trim() };
}

/** A deep copy, for tests that break one object on purpose. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
