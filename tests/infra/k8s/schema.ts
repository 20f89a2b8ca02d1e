import path from 'node:path';

import ts from 'typescript';

/**
 * Schema checks for rendered Kubernetes objects, from the npm package kubernetes-models.
 * Its validators (JSON schema via ajv) catch wrong types and enum values but accept any unknown
 * key, so a misspelt `readinesProbe` would pass; the strict check walks each object against the
 * package's TypeScript declarations instead, where every field of every API type is listed.
 */

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** The kinds this platform uses, with the module and interface that describe each. */
const MODELS: Record<string, { module: string; exported: string; iface: string }> = {
  'v1/Namespace': { module: 'v1/Namespace', exported: 'Namespace', iface: 'INamespace' },
  'v1/ConfigMap': { module: 'v1/ConfigMap', exported: 'ConfigMap', iface: 'IConfigMap' },
  'v1/Service': { module: 'v1/Service', exported: 'Service', iface: 'IService' },
  'apps/v1/Deployment': { module: 'apps/v1/Deployment', exported: 'Deployment', iface: 'IDeployment' },
  'batch/v1/Job': { module: 'batch/v1/Job', exported: 'Job', iface: 'IJob' },
  'policy/v1/PodDisruptionBudget': {
    module: 'policy/v1/PodDisruptionBudget',
    exported: 'PodDisruptionBudget',
    iface: 'IPodDisruptionBudget',
  },
  'autoscaling/v2/HorizontalPodAutoscaler': {
    module: 'autoscaling/v2/HorizontalPodAutoscaler',
    exported: 'HorizontalPodAutoscaler',
    iface: 'IHorizontalPodAutoscaler',
  },
  'networking.k8s.io/v1/NetworkPolicy': {
    module: 'networking.k8s.io/v1/NetworkPolicy',
    exported: 'NetworkPolicy',
    iface: 'INetworkPolicy',
  },
  'networking.k8s.io/v1/Ingress': { module: 'networking.k8s.io/v1/Ingress', exported: 'Ingress', iface: 'IIngress' },
};

const key = (o: Pick<K8sObject, 'apiVersion' | 'kind'>) => `${o.apiVersion}/${o.kind}`;
const describe = (o: K8sObject) => `${o.kind}/${o.metadata?.name}`;

/** kubernetes-models' own validation (types, enums, required fields). Returns the problems found. */
export function validateWithModels(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    const model = MODELS[key(object)];
    if (!model) {
      problems.push(`${describe(object)}: no schema known for ${key(object)}`);
      continue;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Model = require(`kubernetes-models/${model.module}`)[model.exported] as new (data: unknown) => {
      validate(): void;
    };
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${describe(object)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

let program: { checker: ts.TypeChecker; types: Map<string, ts.Type> } | undefined;

/** One TypeScript program over the declarations of the kinds above (built once; a few seconds). */
function declarations() {
  if (program) return program;
  const root = path.dirname(require.resolve('kubernetes-models/package.json'));
  const entry = path.join(root, '__strict_keys__.ts');
  const source = Object.entries(MODELS)
    .map(([k, m], i) => `import type { ${m.iface} as T${i} } from './${m.module}'; export type K${i} = T${i}; // ${k}`)
    .join('\n');
  const host = ts.createCompilerHost({ strict: true, noEmit: true });
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (file === entry ? source : readFile(file));
  host.fileExists = (file) => file === entry || fileExists(file);
  const built = ts.createProgram([entry], { strict: true, noEmit: true, skipLibCheck: true, types: [] }, host);
  const checker = built.getTypeChecker();
  const file = built.getSourceFile(entry);
  if (!file) throw new Error('could not load the kubernetes-models declarations');
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  const types = new Map<string, ts.Type>();
  Object.keys(MODELS).forEach((k, i) => {
    const symbol = exports.find((s) => s.name === `K${i}`);
    if (!symbol) throw new Error(`no declaration for ${k}`);
    types.set(k, checker.getDeclaredTypeOfSymbol(symbol));
  });
  program = { checker, types };
  return program;
}

/** Unknown keys anywhere in each object, e.g. `Deployment/school: spec.template.spec.containers[0].readinesProbe`. */
export function unknownKeys(objects: K8sObject[]): string[] {
  const { checker, types } = declarations();
  const problems: string[] = [];
  const objectMembers = (type: ts.Type): ts.Type[] =>
    (type.isUnion() ? type.types : [type]).filter(
      (t) =>
        !(
          t.flags &
          (ts.TypeFlags.Undefined |
            ts.TypeFlags.Null |
            ts.TypeFlags.StringLike |
            ts.TypeFlags.NumberLike |
            ts.TypeFlags.BooleanLike)
        ),
    );

  const walk = (value: unknown, type: ts.Type, at: string) => {
    if (value === null || typeof value !== 'object') return; // scalars: the models' validation checks them
    const members = objectMembers(type);
    if (members.length === 0) return (problems.push(`${at}: an object where the schema has a scalar`), undefined);
    if (Array.isArray(value)) {
      const element = members.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.Number)).find(Boolean);
      if (!element) return (problems.push(`${at}: a list where the schema has none`), undefined);
      value.forEach((item, i) => walk(item, element, `${at}[${i}]`));
      return;
    }
    const map = members.map((t) => checker.getIndexTypeOfType(t, ts.IndexKind.String)).find(Boolean);
    for (const [field, inner] of Object.entries(value)) {
      if (map) {
        walk(inner, map, `${at}.${field}`);
        continue;
      }
      const property = members.map((t) => t.getProperty(field)).find(Boolean);
      if (!property) problems.push(`${at}: unknown key "${field}"`);
      else walk(inner, checker.getTypeOfSymbol(property), `${at}.${field}`);
    }
  };

  for (const object of objects) {
    const type = types.get(key(object));
    if (!type) problems.push(`${describe(object)}: no schema known for ${key(object)}`);
    else walk(object, type, describe(object));
  }
  return problems;
}
