// The shapes of the Kubernetes objects the checks read, the workloads (pod templates) among them, and label
// selection as Kubernetes does it.
import type { K8sObject } from './schema';

export type Labels = Record<string, string>;
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}
export interface ContainerPort {
  name?: string;
  containerPort: number;
}
export interface Probe {
  tcpSocket?: { port: number | string };
  httpGet?: { port: number | string };
  grpc?: { port: number };
}
interface Container {
  name: string;
  image?: string;
  ports?: ContainerPort[];
  env?: {
    name: string;
    valueFrom?: {
      secretKeyRef?: { name: string; optional?: boolean };
      configMapKeyRef?: { name: string; optional?: boolean };
    };
  }[];
  envFrom?: { secretRef?: { name: string; optional?: boolean }; configMapRef?: { name: string; optional?: boolean } }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: {
    allowPrivilegeEscalation?: boolean;
    readOnlyRootFilesystem?: boolean;
    capabilities?: { drop?: string[] };
  };
}
export interface PodSpec {
  containers: (Container & { ports?: (ContainerPort & { hostPort?: number })[] })[];
  initContainers?: Container[];
  hostNetwork?: boolean;
  securityContext?: { runAsNonRoot?: boolean };
  volumes?: { secret?: { secretName: string }; configMap?: { name: string } }[];
  imagePullSecrets?: { name: string }[];
}

/** A set of pods: a Deployment's or a Job's template. */
export interface Workload {
  kind: string;
  name: string;
  namespace?: string;
  labels: Labels;
  pod: PodSpec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const spec = (o: K8sObject) => (o.spec ?? {}) as Record<string, any>;
export const id = (o: K8sObject) => `${o.kind}/${o.metadata.name}`;
export const of = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind);

export function workloads(objects: K8sObject[]): Workload[] {
  return objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet')
    .map((o) => ({
      kind: o.kind,
      name: o.metadata.name,
      namespace: o.metadata.namespace,
      labels: spec(o).template?.metadata?.labels ?? {},
      pod: spec(o).template?.spec ?? { containers: [] },
    }));
}

/** Kubernetes label-selector semantics; an empty selector selects everything. */
export function selects(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  const plain = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const expressions = (selector.matchExpressions ?? []).every((e) => {
    switch (e.operator) {
      case 'In':
        return e.key in labels && (e.values ?? []).includes(labels[e.key]);
      case 'NotIn':
        return !(e.key in labels) || !(e.values ?? []).includes(labels[e.key]);
      case 'Exists':
        return e.key in labels;
      case 'DoesNotExist':
        return !(e.key in labels);
    }
  });
  return plain && expressions;
}

export const containers = (pod: PodSpec): Container[] => [...(pod.initContainers ?? []), ...pod.containers];

export const declaresPort = (pods: Workload[], port: number | string) =>
  pods.length > 0 &&
  pods.every((w) =>
    w.pod.containers.some((c) => (c.ports ?? []).some((p) => p.name === port || p.containerPort === port)),
  );
