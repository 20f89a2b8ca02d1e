import {
  allowedDestinations,
  allowedSources,
  budgetsSelectPods,
  networkPoliciesSelectPods,
  noSecretsDefined,
  notExposed,
  probesUseDeclaredPorts,
  selectorsMatchTemplates,
  selects,
  servicesSelectPods,
} from './k8s/consistency';
import { copy } from './k8s/render';
import { find, objectsOf, sorted } from './k8s/rendered';
import { type K8sObject, unknownKeys, validateWithModels } from './k8s/schema';

/**
 * The Kubernetes manifests (infra/k8s): what only the prod overlay has, and the checks of
 * manifests.test.ts each shown to catch a broken render. Nothing here talks to a cluster.
 */

/** The API port of each Deployment, as its Service routes to it. */
const API_PORTS = { gateway: 4000, school: 4001, district: 4002, web: 8080 };

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
