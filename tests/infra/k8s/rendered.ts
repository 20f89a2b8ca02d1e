// The rendered overlays of infra/k8s, rendered once per test file, and lookups into them.
import path from 'node:path';

import { K8S_DIR, render, type Rendered } from './render';
import type { K8sObject } from './schema';

export const INFRA = path.resolve(K8S_DIR, '..');
export const OVERLAYS = { dev: 'mentorship-dev', prod: 'mentorship' } as const;
export const rendered = new Map<string, Rendered>();
export const objectsOf = (overlay: keyof typeof OVERLAYS) => {
  if (!rendered.has(overlay)) rendered.set(overlay, render(path.join(K8S_DIR, 'overlays', overlay)));
  return rendered.get(overlay)!.objects;
};
export const find = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} not rendered`);
  return found as K8sObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
};
export const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();
