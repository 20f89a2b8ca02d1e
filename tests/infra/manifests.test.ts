import fs from 'node:fs';
import path from 'node:path';

import { variablesRead } from '../docs/env-vars';
import {
  allowedDestinations,
  allowedSources,
  autoscalersTargetDeployments,
  budgetsSelectPods,
  configMapsDefined,
  containersHardened,
  ingressBackendsExist,
  inNamespace,
  networkPoliciesSelectPods,
  noSecretsDefined,
  notExposed,
  probesUseDeclaredPorts,
  referencedSecrets,
  selectorsMatchTemplates,
  servicesSelectPods,
  workloads,
} from './k8s/consistency';
import { K8S_DIR, render } from './k8s/render';
import { find, INFRA, objectsOf, OVERLAYS, rendered, sorted } from './k8s/rendered';
import { unknownKeys, validateWithModels } from './k8s/schema';

/**
 * The Kubernetes manifests (infra/k8s), rendered by kustomize as `kubectl apply -k` would and
 * checked object by object and across objects. Nothing here talks to a cluster.
 */

/** The Secrets an operator creates before the first deploy (infra/README.md lists them). */
const SECRETS = [
  'district-database',
  'mentorship-auth',
  'mentorship-gateway',
  'school-database',
  'school-notify',
  'school-service-token',
];
/** The API port of each Deployment, as its Service routes to it. */
const API_PORTS = { gateway: 4000, school: 4001, district: 4002, web: 8080 };
const MONITORING = 'namespace:{"kubernetes.io/metadata.name":"monitoring"}';

describe.each(Object.keys(OVERLAYS) as (keyof typeof OVERLAYS)[])('the %s overlay', (overlay) => {
  const objects = () => objectsOf(overlay);

  test('renders with kustomize, without warnings, into the kinds the platform needs', () => {
    expect(rendered.get(overlay)?.warnings ?? render(path.join(K8S_DIR, 'overlays', overlay)).warnings).toBe('');
    const kinds = new Set(objects().map((o) => o.kind));
    for (const kind of [
      'Namespace',
      'ConfigMap',
      'Deployment',
      'Service',
      'PodDisruptionBudget',
      'HorizontalPodAutoscaler',
      'Job',
      'NetworkPolicy',
    ])
      expect(kinds).toContain(kind);
    expect(
      workloads(objects())
        .map((w) => `${w.kind}/${w.name}`)
        .sort(),
    ).toEqual(['Deployment/district', 'Deployment/gateway', 'Deployment/school', 'Deployment/web', 'Job/migrate']);
  });

  test('every object is valid against the Kubernetes schemas (kubernetes-models)', () => {
    expect(validateWithModels(objects())).toEqual([]);
  });

  test('no object has a key the Kubernetes API does not know', () => {
    expect(unknownKeys(objects())).toEqual([]);
  });

  test('selectors, ports and references agree across objects', () => {
    expect(selectorsMatchTemplates(objects())).toEqual([]);
    expect(servicesSelectPods(objects())).toEqual([]);
    expect(budgetsSelectPods(objects())).toEqual([]);
    expect(autoscalersTargetDeployments(objects())).toEqual([]);
    expect(probesUseDeclaredPorts(objects())).toEqual([]);
    expect(networkPoliciesSelectPods(objects())).toEqual([]);
    expect(configMapsDefined(objects())).toEqual([]);
    expect(ingressBackendsExist(objects())).toEqual([]);
    expect(inNamespace(objects(), OVERLAYS[overlay])).toEqual([]);
  });

  test('every service has readiness and liveness probes, and an autoscaler for the gateway and subgraphs', () => {
    for (const w of workloads(objects()).filter((w) => w.kind === 'Deployment')) {
      for (const c of w.pod.containers) {
        expect([w.name, Boolean(c.readinessProbe), Boolean(c.livenessProbe)]).toEqual([w.name, true, true]);
        // The health endpoints (issue 17): ready = database and migrations (subgraphs), not draining (all).
        const paths = [c.readinessProbe, c.livenessProbe].map(
          (probe) => (probe as { httpGet?: { path?: string } }).httpGet?.path,
        );
        expect([w.name, ...paths]).toEqual([w.name, '/readyz', '/healthz']);
      }
    }
    const scaled = objects()
      .filter((o) => o.kind === 'HorizontalPodAutoscaler')
      .map((h) => (h.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name)
      .sort();
    expect(scaled).toEqual(['district', 'gateway', 'school']);
  });

  test('only the gateway reaches the school subgraph; only the gateway and the school relay reach the district', () => {
    const sources = allowedSources(objects(), API_PORTS);
    expect(sorted(sources.get('school'))).toEqual(['gateway']);
    expect(sorted(sources.get('district'))).toEqual(['gateway', 'school']);
    expect(sorted(sources.get('gateway'))).toEqual([
      'namespace:{"kubernetes.io/metadata.name":"ingress-nginx"}',
      'web',
    ]);
    expect(sorted(sources.get('web'))).toEqual(['namespace:{"kubernetes.io/metadata.name":"ingress-nginx"}']);
    // A default deny covers every pod, the migrate Job's included.
    const deny = objects().find(
      (o) => o.kind === 'NetworkPolicy' && Object.keys((o.spec as { podSelector: object }).podSelector).length === 0,
    );
    expect(deny?.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  test(
    'Prometheus (namespace monitoring) reaches the metrics ' + 'port of the gateway and subgraphs, and only that port',
    () => {
      const metrics = allowedSources(objects(), { gateway: 9464, school: 9464, district: 9464 });
      for (const name of ['gateway', 'school', 'district'])
        expect([name, sorted(metrics.get(name))]).toEqual([name, [MONITORING]]);
      // The API ports do not admit the monitoring namespace.
      const api = allowedSources(objects(), API_PORTS);
      for (const name of ['gateway', 'school', 'district', 'web'])
        expect([name, api.get(name)?.has(MONITORING)]).toEqual([name, false]);
      // Every pod it admits declares 9464 as `metrics`, the port METRICS_PORT of mentorship-common opens.
      expect(find(objects(), 'ConfigMap', 'mentorship-common').data).toMatchObject({ METRICS_PORT: '9464' });
      for (const name of ['gateway', 'school', 'district']) {
        const ports = find(objects(), 'Deployment', name).spec.template.spec.containers[0].ports;
        expect([name, ports.find((p: { name: string }) => p.name === 'metrics')?.containerPort]).toEqual([name, 9464]);
      }
    },
  );

  test(
    'the school pods reach DNS, the district, PostgreSQL, a collector, and the notification channels ' +
      'outside on public addresses only',
    () => {
      const destinations = allowedDestinations(objects());
      const publicOnly =
        'ip:0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,100.64.0.0/10,169.254.0.0/16,127.0.0.0/8';
      expect(destinations.get('school')).toEqual([
        `${publicOnly}:25/TCP`,
        `${publicOnly}:443/TCP`,
        `${publicOnly}:465/TCP`,
        `${publicOnly}:587/TCP`,
        'ip:0.0.0.0/0:5432/TCP',
        'ip:0.0.0.0/0:6432/TCP',
        'namespace:{"kubernetes.io/metadata.name":"kube-system"}/pods:{"k8s-app":"kube-dns"}:53/TCP',
        'namespace:{"kubernetes.io/metadata.name":"kube-system"}/pods:{"k8s-app":"kube-dns"}:53/UDP',
        'namespace:{}:4317/TCP',
        'namespace:{}:4318/TCP',
        'namespace:{}:5432/TCP',
        'namespace:{}:6432/TCP',
        'pods:district:4002/TCP',
      ]);
      // Not the gateway or the web pods, nor any other port: the only mentorship pods it may open are the district's.
      expect(destinations.get('school')!.filter((d) => d.startsWith('pods:'))).toEqual(['pods:district:4002/TCP']);
    },
  );

  test(
    'the notification settings reach the school pods: the key from the Secret school-notify, the rest ' +
      'from school-config',
    () => {
      const school = find(objects(), 'Deployment', 'school').spec.template.spec.containers[0];
      const fromSecret = school.env.find((e: { name: string }) => e.name === 'NOTIFY_SECRET_KEY');
      expect(fromSecret.valueFrom.secretKeyRef).toEqual({ name: 'school-notify', key: 'NOTIFY_SECRET_KEY' });
      const config = find(objects(), 'ConfigMap', 'school-config').data as Record<string, string>;
      // Every NOTIFY_* variable the code reads is set, one way or the other.
      const notify = [...variablesRead().keys()].filter((name) => name.startsWith('NOTIFY_')).sort();
      expect(notify.length).toBeGreaterThanOrEqual(7);
      for (const name of notify) expect([name, name in config || name === 'NOTIFY_SECRET_KEY']).toEqual([name, true]);
      expect(config.NOTIFY_APP_URL).toMatch(/^https:\/\//);
      expect(config.NOTIFY_WEBHOOK_HOSTS).toBe('qyapi.weixin.qq.com,oapi.dingtalk.com');
      // Only the school service gets them.
      for (const other of ['gateway', 'district', 'web']) {
        const env = find(objects(), 'Deployment', other).spec.template.spec.containers[0].env ?? [];
        expect([other, env.filter((e: { name: string }) => e.name.startsWith('NOTIFY_'))]).toEqual([other, []]);
      }
    },
  );

  test('the subgraph ports are not exposed outside the cluster', () => {
    expect(notExposed(objects(), ['school', 'district'])).toEqual([]);
    for (const name of ['school', 'district']) expect(find(objects(), 'Service', name).spec.type).toBe('ClusterIP');
  });

  test('Secrets are referenced by name, never defined, and each is documented for the operator', () => {
    expect(noSecretsDefined(objects())).toEqual([]);
    const secrets = referencedSecrets(objects());
    const expected = overlay === 'prod' ? [...SECRETS, 'mentorship-tls'].sort() : SECRETS;
    expect([...secrets.keys()].sort()).toEqual(expected);
    const readme = fs.readFileSync(path.join(INFRA, 'README.md'), 'utf8');
    for (const name of secrets.keys()) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
    // Each database URL reaches only its own service (and the migrate step for it).
    expect(secrets.get('school-database')?.by.sort()).toEqual(['migrate', 'school']);
    expect(secrets.get('district-database')?.by.sort()).toEqual(['district', 'migrate']);
    expect(secrets.get('school-notify')).toEqual({ optional: false, by: ['school'] });
  });

  test('every ConfigMap key is a variable infra/ENVIRONMENT.md documents', () => {
    const documented = fs.readFileSync(path.join(INFRA, 'ENVIRONMENT.md'), 'utf8');
    const keys = objects()
      .filter((o) => o.kind === 'ConfigMap')
      .flatMap((c) => Object.keys((c.data as Record<string, string>) ?? {}));
    const undocumented = [...new Set(keys)].filter((k) => k !== 'NODE_OPTIONS' && !documented.includes(`\`${k}\``));
    expect(undocumented).toEqual([]);
  });

  test('containers run as non-root, read-only, without privileges, with pinned images and resource bounds', () => {
    expect(containersHardened(objects())).toEqual([]);
  });

  test('production settings: no demo data, migrations only in the Job, introspection off', () => {
    const common = find(objects(), 'ConfigMap', 'mentorship-common').data as Record<string, string>;
    expect(common).toMatchObject({
      NODE_ENV: 'production',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      HOST: '0.0.0.0',
    });
    const job = find(objects(), 'Job', 'migrate');
    const steps = [...job.spec.template.spec.initContainers, ...job.spec.template.spec.containers].map(
      (c: { command: string[] }) => c.command.join(' '),
    );
    expect(steps).toEqual(['node services/district/dist/bin/migrate.js', 'node services/school/dist/bin/migrate.js']);
  });
});
