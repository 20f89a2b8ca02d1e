import { containers, id, of, selects, spec, type Workload, workloads } from './objects';
import type { K8sObject } from './schema';

/** Who reaches whom under the NetworkPolicies, Secrets and ConfigMaps referenced, exposure and hardening. */

/** Whether a policy rule's `ports` admit a connection to `port` of the workload (named ports resolved). */
function ruleAdmits(ports: { port?: number | string }[] | undefined, port: number, target: Workload): boolean {
  if (!ports || ports.length === 0) return true;
  const named = new Map(
    target.pod.containers.flatMap((c) =>
      (c.ports ?? []).filter((p) => p.name).map((p) => [p.name!, p.containerPort] as const),
    ),
  );
  return ports.some(
    (p) => p.port === undefined || p.port === port || (typeof p.port === 'string' && named.get(p.port) === port),
  );
}

/**
 * Where each Deployment's pods may open connections, as the Egress policies say: `anyone` when no
 * Egress policy selects them, else one line per peer and port: `pods:<names>`,
 * `namespace:<selector>[/pods:<selector>]`, `ip:<cidr>[ except <cidrs>]`, with `:<port>/<protocol>`.
 */
export function allowedDestinations(objects: K8sObject[]): Map<string, string[]> {
  const pods = workloads(objects).filter((w) => w.kind === 'Deployment');
  const policies = of(objects, 'NetworkPolicy').filter((p) => (spec(p).policyTypes ?? []).includes('Egress'));
  const result = new Map<string, string[]>();
  for (const source of pods) {
    const applying = policies.filter((p) => selects(spec(p).podSelector, source.labels));
    if (applying.length === 0) {
      result.set(source.name, ['anyone']);
      continue;
    }
    const lines = new Set<string>();
    for (const policy of applying) {
      for (const rule of spec(policy).egress ?? []) {
        const peers: string[] = [];
        if (!rule.to || rule.to.length === 0) peers.push('anyone');
        for (const peer of rule.to ?? []) {
          if (peer.ipBlock)
            peers.push(
              `ip:${peer.ipBlock.cidr}${peer.ipBlock.except?.length ? ` except ${peer.ipBlock.except.join(',')}` : ''}`,
            );
          else if (peer.namespaceSelector)
            peers.push(
              `namespace:${JSON.stringify(peer.namespaceSelector.matchLabels ?? peer.namespaceSelector)}` +
                (peer.podSelector ? `/pods:${JSON.stringify(peer.podSelector.matchLabels ?? peer.podSelector)}` : ''),
            );
          else
            peers.push(
              `pods:${pods
                .filter((w) => selects(peer.podSelector, w.labels))
                .map((w) => w.name)
                .join(',')}`,
            );
        }
        const ports: string[] = (rule.ports ?? []).length
          ? rule.ports.map(
              (p: { port?: number | string; protocol?: string }) => `${p.port ?? 'any'}/${p.protocol ?? 'TCP'}`,
            )
          : ['any'];
        for (const peer of peers) for (const port of ports) lines.add(`${peer}:${port}`);
      }
    }
    result.set(source.name, [...lines].sort());
  }
  return result;
}

/**
 * Who may open a connection to each Deployment's pods, as the NetworkPolicies say: workload
 * names, `namespace:<selector>` for other namespaces, or `anyone` when a pod is not isolated or
 * a rule has no `from`. `ports` (Deployment name → port) limits it to the rules admitting that port.
 */
export function allowedSources(objects: K8sObject[], ports: Record<string, number> = {}): Map<string, Set<string>> {
  const pods = workloads(objects);
  const policies = of(objects, 'NetworkPolicy').filter((p) => (spec(p).policyTypes ?? ['Ingress']).includes('Ingress'));
  const result = new Map<string, Set<string>>();
  for (const target of pods.filter((w) => w.kind === 'Deployment')) {
    const applying = policies.filter((p) => selects(spec(p).podSelector, target.labels));
    const sources = new Set<string>();
    if (applying.length === 0) sources.add('anyone');
    for (const policy of applying) {
      for (const rule of spec(policy).ingress ?? []) {
        // With a port given for this Deployment, only the rules that admit that port count.
        if (ports[target.name] !== undefined && !ruleAdmits(rule.ports, ports[target.name], target)) continue;
        if (!rule.from || rule.from.length === 0) sources.add('anyone');
        for (const peer of rule.from ?? []) {
          if (peer.ipBlock) sources.add(`ip:${peer.ipBlock.cidr}`);
          else if (peer.namespaceSelector)
            sources.add(`namespace:${JSON.stringify(peer.namespaceSelector.matchLabels ?? peer.namespaceSelector)}`);
          else pods.filter((w) => selects(peer.podSelector, w.labels)).forEach((w) => sources.add(w.name));
        }
      }
    }
    result.set(target.name, sources);
  }
  return result;
}

/** Every Secret the objects use, by name. */
export function referencedSecrets(objects: K8sObject[]): Map<string, { optional: boolean; by: string[] }> {
  const found = new Map<string, { optional: boolean; by: string[] }>();
  const note = (name: string, by: string, optional = false) => {
    const entry = found.get(name) ?? { optional: true, by: [] };
    entry.optional &&= optional;
    if (!entry.by.includes(by)) entry.by.push(by);
    found.set(name, entry);
  };
  for (const w of workloads(objects)) {
    for (const c of containers(w.pod)) {
      for (const e of c.env ?? [])
        if (e.valueFrom?.secretKeyRef) note(e.valueFrom.secretKeyRef.name, w.name, e.valueFrom.secretKeyRef.optional);
      for (const e of c.envFrom ?? []) if (e.secretRef) note(e.secretRef.name, w.name, e.secretRef.optional);
    }
    for (const v of w.pod.volumes ?? []) if (v.secret) note(v.secret.secretName, w.name);
    for (const s of w.pod.imagePullSecrets ?? []) note(s.name, w.name);
  }
  for (const ingress of of(objects, 'Ingress'))
    for (const tls of spec(ingress).tls ?? []) if (tls.secretName) note(tls.secretName, id(ingress));
  return found;
}

/** Secrets are referenced, never defined: a Secret object in the rendered output would be committed. */
export function noSecretsDefined(objects: K8sObject[]): string[] {
  return of(objects, 'Secret').map(
    (s) => `${id(s)}: a Secret is defined in the repository; create it in the cluster instead`,
  );
}

/** Every ConfigMap a pod reads (not marked optional) is part of the render. */
export function configMapsDefined(objects: K8sObject[]): string[] {
  const defined = new Set(of(objects, 'ConfigMap').map((c) => c.metadata.name));
  return workloads(objects).flatMap((w) =>
    containers(w.pod).flatMap((c) =>
      [
        ...(c.envFrom ?? [])
          .filter((e) => e.configMapRef && !e.configMapRef.optional && !defined.has(e.configMapRef.name))
          .map((e) => e.configMapRef!.name),
        ...(c.env ?? [])
          .filter(
            (e) =>
              e.valueFrom?.configMapKeyRef &&
              !e.valueFrom.configMapKeyRef.optional &&
              !defined.has(e.valueFrom.configMapKeyRef.name),
          )
          .map((e) => e.valueFrom!.configMapKeyRef!.name),
      ].map((name) => `${w.kind}/${w.name} container ${c.name}: reads ConfigMap ${name}, which is not defined`),
    ),
  );
}

/** The named workloads' ports leave the cluster by no route: ClusterIP only, no Ingress backend, no host port. */
export function notExposed(objects: K8sObject[], names: string[]): string[] {
  const problems: string[] = [];
  const pods = workloads(objects).filter((w) => names.includes(w.name));
  for (const s of of(objects, 'Service')) {
    const selected = pods.filter(
      (w) =>
        selects({ matchLabels: spec(s).selector ?? {} }, w.labels) && Object.keys(spec(s).selector ?? {}).length > 0,
    );
    if (selected.length === 0) continue;
    if ((spec(s).type ?? 'ClusterIP') !== 'ClusterIP')
      problems.push(
        `${id(s)}: type ${spec(s).type} exposes ${selected.map((w) => w.name).join(', ')} outside the cluster`,
      );
    if ((spec(s).externalIPs ?? []).length)
      problems.push(`${id(s)}: externalIPs expose ${selected.map((w) => w.name).join(', ')}`);
    for (const ingress of of(objects, 'Ingress')) {
      const backends = [
        spec(ingress).defaultBackend,
        ...(spec(ingress).rules ?? []).flatMap((r: any) => (r.http?.paths ?? []).map((p: any) => p.backend)),
      ]; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (backends.some((b) => b?.service?.name === s.metadata.name))
        problems.push(`${id(ingress)}: routes to ${id(s)}`);
    }
  }
  for (const w of pods) {
    if (w.pod.hostNetwork) problems.push(`${w.kind}/${w.name}: hostNetwork`);
    for (const c of w.pod.containers)
      for (const p of c.ports ?? [])
        if ((p as { hostPort?: number }).hostPort)
          problems.push(`${w.kind}/${w.name}: hostPort ${(p as { hostPort?: number }).hostPort}`);
  }
  return problems;
}

/** Each Ingress backend is a Service of the render, on a port that Service has. */
export function ingressBackendsExist(objects: K8sObject[]): string[] {
  const services = of(objects, 'Service');
  return of(objects, 'Ingress').flatMap((ingress) =>
    (spec(ingress).rules ?? [])
      .flatMap((r: any) => r.http?.paths ?? [])
      .flatMap((p: any) => {
        // eslint-disable-line @typescript-eslint/no-explicit-any
        const target = p.backend?.service as { name: string; port: { name?: string; number?: number } } | undefined;
        const service = services.find((s) => s.metadata.name === target?.name);
        if (!service) return [`${id(ingress)}: backend ${target?.name} is not a Service`];
        const hasPort = (spec(service).ports ?? []).some((sp: { name?: string; port: number }) =>
          target!.port.name !== undefined ? sp.name === target!.port.name : sp.port === target!.port.number,
        );
        return hasPort
          ? []
          : [`${id(ingress)}: Service ${target!.name} has no port ${target!.port.name ?? target!.port.number}`];
      }),
  );
}

/** What a restricted namespace and a careful operator expect of every container. */
export function containersHardened(objects: K8sObject[]): string[] {
  return workloads(objects).flatMap((w) => {
    const at = `${w.kind}/${w.name}`;
    const problems = w.pod.securityContext?.runAsNonRoot ? [] : [`${at}: pod securityContext.runAsNonRoot is not true`];
    for (const c of containers(w.pod)) {
      const image = c.image ?? '';
      const tag = image.includes('@') ? 'digest' : image.split('/').pop()!.split(':')[1];
      if (!tag || tag === 'latest') problems.push(`${at} container ${c.name}: image ${image} is not pinned to a tag`);
      for (const what of ['requests', 'limits'] as const)
        for (const r of ['cpu', 'memory'])
          if (!c.resources?.[what]?.[r]) problems.push(`${at} container ${c.name}: no ${what}.${r}`);
      if (c.securityContext?.allowPrivilegeEscalation !== false)
        problems.push(`${at} container ${c.name}: allowPrivilegeEscalation is not false`);
      if (c.securityContext?.readOnlyRootFilesystem !== true)
        problems.push(`${at} container ${c.name}: root filesystem is writable`);
      if (!c.securityContext?.capabilities?.drop?.includes('ALL'))
        problems.push(`${at} container ${c.name}: capabilities not dropped`);
    }
    return problems;
  });
}

/** Every namespaced object lands in the overlay's namespace. */
export function inNamespace(objects: K8sObject[], namespace: string): string[] {
  return objects
    .filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== namespace)
    .map((o) => `${id(o)}: namespace ${o.metadata.namespace ?? '(none)'}, expected ${namespace}`);
}
