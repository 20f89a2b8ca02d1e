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
  selects,
  servicesSelectPods,
  workloads,
} from './k8s/consistency';
import { copy, K8S_DIR, render, type Rendered } from './k8s/render';
import { type K8sObject, unknownKeys, validateWithModels } from './k8s/schema';

/**
 * The Kubernetes manifests (infra/k8s), rendered by kustomize as `kubectl apply -k` would and
 * checked object by object and across objects. Nothing here talks to a cluster.
 */

const INFRA = path.resolve(K8S_DIR, '..');
const OVERLAYS = { dev: 'mentorship-dev', prod: 'mentorship' } as const;
const rendered = new Map<string, Rendered>();
const objectsOf = (overlay: keyof typeof OVERLAYS) => {
  if (!rendered.has(overlay)) rendered.set(overlay, render(path.join(K8S_DIR, 'overlays', overlay)));
  return rendered.get(overlay)!.objects;
};
const find = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind}/${name} not rendered`);
  return found as K8sObject & { spec: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();

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
    'Prometheus (namespace monitoring) reaches the metrics port of the gateway and subgraphs, and only ' + 'that port',
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

describe('the prod overlay in particular', () => {
  const objects = () => objectsOf('prod');

  test('an Ingress routes /graphql to the gateway and the rest to the web, over TLS', () => {
    const ingress = find(objects(), 'Ingress', 'mentorship');
    const routes = ingress.spec.rules.flatMap((r: any) =>
      r.http.paths.map((p: any) => `${p.path} ${p.backend.service.name}`),
    ); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(routes).toEqual(['/graphql gateway', '/ web']);
    expect(ingress.spec.tls[0].secretName).toBe('mentorship-tls');
    expect(find(objects(), 'ConfigMap', 'gateway-config').data).toMatchObject({ PERSISTED_OPERATIONS: 'required' });
  });

  test('a voluntary disruption always leaves a replica of every service serving', () => {
    for (const name of ['gateway', 'school', 'district', 'web']) {
      const hpa = objects().find((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === name) as
        { spec: { minReplicas: number } } | undefined;
      const replicas = hpa?.spec.minReplicas ?? find(objects(), 'Deployment', name).spec.replicas;
      const budget = find(objects(), 'PodDisruptionBudget', name).spec;
      expect([name, replicas - budget.maxUnavailable >= 1]).toEqual([name, true]);
    }
  });

  test('the dev overlay has no Ingress: nothing is published from a development cluster', () => {
    expect(objectsOf('dev').filter((o) => o.kind === 'Ingress')).toEqual([]);
  });
});

/** Each check, given a broken copy of the prod render, reports the break: they are not vacuous. */
describe('the checks catch what they claim to', () => {
  const broken = (change: (objects: K8sObject[]) => void) => {
    const objects = copy(objectsOf('prod'));
    change(objects);
    return objects;
  };
  const deployment = (objects: K8sObject[], name: string) => find(objects, 'Deployment', name);

  test('a misspelt field (readinesProbe) is an unknown key; a bad enum value fails the schema', () => {
    const misspelt = broken((o) => {
      const c = deployment(o, 'school').spec.template.spec.containers[0];
      c.readinesProbe = c.readinessProbe;
      delete c.readinessProbe;
    });
    expect(unknownKeys(misspelt)).toEqual([
      'Deployment/school.spec.template.spec.containers[0]: unknown key "readinesProbe"',
    ]);
    const badEnum = broken((o) => {
      deployment(o, 'gateway').spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
    });
    expect(validateWithModels(badEnum).join('\n')).toMatch(
      /Deployment\/gateway: .*imagePullPolicy must be equal to one of the allowed values/,
    );
  });

  test('a selector that misses its pods is reported, for Deployments, Services, budgets and policies', () => {
    const relabelled = broken((o) => {
      deployment(o, 'district').spec.template.metadata.labels['app.kubernetes.io/name'] = 'districts';
    });
    expect(selectorsMatchTemplates(relabelled)).toEqual([
      "Deployment/district: spec.selector does not select the pod template's labels",
    ]);
    expect(servicesSelectPods(relabelled)).toEqual([
      'Service/district: selector ' +
        '{"app.kubernetes.io/name":"district","app.kubernetes.io/part-of":"mentorship"} selects no pods',
    ]);
    expect(budgetsSelectPods(relabelled)).toEqual(["PodDisruptionBudget/district: selects no Deployment's pods"]);
    expect(networkPoliciesSelectPods(relabelled)).toEqual([
      'NetworkPolicy/district-from-gateway-and-school: podSelector selects no pods',
      'NetworkPolicy/school-egress: allows to ' +
        '{"matchLabels":{"app.kubernetes.io/name":"district","app.kubernetes.io/part-of":"mentorship"}}, ' +
        'which selects no pods',
    ]);
  });

  test('a probe or a Service on an undeclared port is reported', () => {
    const objects = broken((o) => {
      deployment(o, 'gateway').spec.template.spec.containers[0].livenessProbe.httpGet.port = 'htp';
      find(o, 'Service', 'school').spec.ports[0].targetPort = 4000;
    });
    expect(probesUseDeclaredPorts(objects)).toEqual([
      'Deployment/gateway container gateway: livenessProbe uses port htp, which the container does not declare',
    ]);
    expect(servicesSelectPods(objects)).toEqual(['Service/school: targetPort 4000 is not a port of school']);
  });

  test('a policy letting the web pods reach the school subgraph changes who reaches it', () => {
    const objects = broken((o) => {
      find(o, 'NetworkPolicy', 'school-from-gateway').spec.ingress[0].from.push({
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
      });
    });
    expect(sorted(allowedSources(objects, API_PORTS).get('school'))).toEqual(['gateway', 'web']);
    const open = broken((o) => {
      find(o, 'NetworkPolicy', 'school-from-gateway').spec.ingress[0].from = undefined;
    });
    expect(sorted(allowedSources(open, API_PORTS).get('school'))).toEqual(['anyone']);
  });

  test('a school egress opened to private addresses, or to the gateway, shows in its destinations', () => {
    const objects = broken((o) => {
      const egress = find(o, 'NetworkPolicy', 'school-egress').spec.egress;
      egress[egress.length - 1].to[0].ipBlock.except = [];
      egress.push({
        to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway' } } }],
        ports: [{ protocol: 'TCP', port: 4000 }],
      });
    });
    const school = allowedDestinations(objects).get('school')!;
    expect(school).toContain('ip:0.0.0.0/0:443/TCP');
    expect(school).toContain('pods:gateway:4000/TCP');
    const wrongPort = broken((o) => {
      find(o, 'NetworkPolicy', 'school-egress').spec.egress[1].ports[0].port = 4001;
    });
    expect(networkPoliciesSelectPods(wrongPort)).toEqual([
      'NetworkPolicy/school-egress: allows to port 4001, which district does not declare',
    ]);
  });

  test('a subgraph behind a NodePort or an Ingress route, or a committed Secret, is reported', () => {
    const objects = broken((o) => {
      find(o, 'Service', 'district').spec.type = 'NodePort';
      find(o, 'Ingress', 'mentorship').spec.rules[0].http.paths.push({
        path: '/school',
        pathType: 'Prefix',
        backend: { service: { name: 'school', port: { name: 'http' } } },
      });
      o.push({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'mentorship-auth', namespace: 'mentorship' },
        stringData: { AUTH_JWT_SECRET: 'x'.repeat(40) },
      });
    });
    expect(notExposed(objects, ['school', 'district']).sort()).toEqual([
      'Ingress/mentorship: routes to Service/school',
      'Service/district: type NodePort exposes district outside the cluster',
    ]);
    expect(noSecretsDefined(objects)).toEqual([
      'Secret/mentorship-auth: a Secret is defined in the repository; create it in the cluster instead',
    ]);
  });

  test('label selection follows Kubernetes semantics', () => {
    const labels = { app: 'school', tier: 'api' };
    expect(selects({}, labels)).toBe(true);
    expect(selects({ matchLabels: { app: 'school' } }, labels)).toBe(true);
    expect(selects({ matchLabels: { app: 'district' } }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['api', 'web'] }] }, labels)).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['api'] }] }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, labels)).toBe(true);
    expect(selects(undefined, labels)).toBe(false);
  });
});
