import { containers, declaresPort, id, type Labels, of, selects, spec, workloads } from './objects';
import type { K8sObject } from './schema';

/**
 * Checks across objects that no schema can make: selectors that select real pods, ports that
 * exist, Secrets only referenced, subgraphs unreachable from outside. Each returns the problems
 * found as readable lines, empty when all is well.
 */

export { selects, type Workload, workloads } from './objects';
export * from './reachability';

/** A Deployment's selector must select its own template (the API server refuses it otherwise). */
export function selectorsMatchTemplates(objects: K8sObject[]): string[] {
  return of(objects, 'Deployment')
    .filter(
      (d) =>
        !selects(spec(d).selector, spec(d).template?.metadata?.labels ?? {}) ||
        Object.keys(spec(d).selector ?? {}).length === 0,
    )
    .map((d) => `${id(d)}: spec.selector does not select the pod template's labels`);
}

/** Each Service selects the pods of a workload, and its targetPorts are ports those pods declare. */
export function servicesSelectPods(objects: K8sObject[]): string[] {
  const pods = workloads(objects);
  return of(objects, 'Service').flatMap((s) => {
    const selector = spec(s).selector as Labels | undefined;
    if (!selector || Object.keys(selector).length === 0) return [`${id(s)}: no selector`];
    const chosen = pods.filter((w) => w.kind === 'Deployment' && selects({ matchLabels: selector }, w.labels));
    if (chosen.length === 0) return [`${id(s)}: selector ${JSON.stringify(selector)} selects no pods`];
    return (spec(s).ports ?? [])
      .filter((p: { port: number; targetPort?: number | string }) => !declaresPort(chosen, p.targetPort ?? p.port))
      .map(
        (p: { port: number; targetPort?: number | string }) =>
          `${id(s)}: targetPort ${p.targetPort ?? p.port} is not a port of ${chosen.map((w) => w.name).join(', ')}`,
      );
  });
}

/** Each PodDisruptionBudget covers a Deployment's pods. */
export function budgetsSelectPods(objects: K8sObject[]): string[] {
  const pods = workloads(objects).filter((w) => w.kind === 'Deployment');
  return of(objects, 'PodDisruptionBudget')
    .filter((b) => !pods.some((w) => selects(spec(b).selector, w.labels)))
    .map((b) => `${id(b)}: selects no Deployment's pods`);
}

/** Each HPA scales a Deployment that exists and that leaves its replica count to the HPA. */
export function autoscalersTargetDeployments(objects: K8sObject[]): string[] {
  return of(objects, 'HorizontalPodAutoscaler').flatMap((h) => {
    const target = spec(h).scaleTargetRef as { kind: string; name: string };
    const deployment = objects.find((o) => o.kind === target.kind && o.metadata.name === target.name);
    if (!deployment) return [`${id(h)}: scales ${target.kind}/${target.name}, which does not exist`];
    if (spec(deployment).replicas !== undefined)
      return [`${id(h)}: ${id(deployment)} sets spec.replicas, which each apply would reset under the autoscaler`];
    return [];
  });
}

/** Every probe points to a port its container declares. */
export function probesUseDeclaredPorts(objects: K8sObject[]): string[] {
  return workloads(objects).flatMap((w) =>
    containers(w.pod).flatMap((c) =>
      (['startupProbe', 'readinessProbe', 'livenessProbe'] as const).flatMap((kind) => {
        const probe = c[kind];
        if (!probe) return [];
        const port = probe.tcpSocket?.port ?? probe.httpGet?.port ?? probe.grpc?.port;
        if (port === undefined) return [];
        const declared = (c.ports ?? []).some((p) => p.name === port || p.containerPort === port);
        return declared
          ? []
          : [
              `${w.kind}/${w.name} container ${c.name}: ${kind} uses port ${port}, which the container ` +
                `does not declare`,
            ];
      }),
    ),
  );
}

/** The NetworkPolicies' selectors (targets and allowed peers) select real pods, on ports they declare. */
export function networkPoliciesSelectPods(objects: K8sObject[]): string[] {
  const pods = workloads(objects).filter((w) => w.kind === 'Deployment');
  return of(objects, 'NetworkPolicy').flatMap((p) => {
    const problems: string[] = [];
    const targets = pods.filter((w) => selects(spec(p).podSelector, w.labels));
    if (targets.length === 0) problems.push(`${id(p)}: podSelector selects no pods`);
    for (const rule of spec(p).ingress ?? []) {
      for (const peer of rule.from ?? []) {
        if (peer.podSelector && !peer.namespaceSelector && !pods.some((w) => selects(peer.podSelector, w.labels))) {
          problems.push(`${id(p)}: allows from ${JSON.stringify(peer.podSelector)}, which selects no pods`);
        }
      }
      for (const port of targets.length ? (rule.ports ?? []) : []) {
        if (port.port !== undefined && !declaresPort(targets, port.port))
          problems.push(
            `${id(p)}: allows port ${port.port}, which ${targets.map((w) => w.name).join(', ')} does not declare`,
          );
      }
    }
    // Egress to pods of this namespace: those pods exist and declare the port.
    for (const rule of spec(p).egress ?? []) {
      for (const peer of rule.to ?? []) {
        if (!peer.podSelector || peer.namespaceSelector) continue;
        const reached = pods.filter((w) => selects(peer.podSelector, w.labels));
        if (reached.length === 0)
          problems.push(`${id(p)}: allows to ${JSON.stringify(peer.podSelector)}, which selects no pods`);
        for (const port of reached.length ? (rule.ports ?? []) : []) {
          if (port.port !== undefined && !declaresPort(reached, port.port))
            problems.push(
              `${id(p)}: allows to port ${port.port}, which ${reached.map((w) => w.name).join(', ')} does not declare`,
            );
        }
      }
    }
    return problems;
  });
}
