import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { variablesRead } from '../docs/env-vars';

/**
 * The one-host deployment (infra/compose/compose.yaml), read as the compose engine reads it:
 * what is published, who shares a network with whom, where secrets come from, what starts when.
 */

interface ComposeService {
  image: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  networks?: string[];
  depends_on?: Record<string, { condition: string }>;
  read_only?: boolean;
  cap_drop?: string[];
}
const COMPOSE = path.resolve(__dirname, '../../infra/compose/compose.yaml');
const compose = parse(fs.readFileSync(COMPOSE, 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
};
const services = compose.services;

test('only the web is published; PostgreSQL and the subgraphs sit on an internal network the web is not on', () => {
  const published = Object.entries(services)
    .filter(([, s]) => s.ports?.length)
    .map(([name]) => name);
  expect(published).toEqual(['web']);
  expect(services.web.ports).toEqual(['${WEB_PUBLISH:-127.0.0.1:8080}:8080']);
  expect(compose.networks.internal).toEqual({ internal: true });
  for (const name of ['postgres', 'district', 'migrate-school', 'migrate-district'])
    expect([name, services[name].networks]).toEqual([name, ['internal']]);
  // The school service alone also has a route out, for its notification channels.
  expect(services.school.networks).toEqual(['internal', 'outbound']);
  expect(compose.networks.outbound).toEqual({});
  expect(
    Object.entries(services)
      .filter(([, s]) => s.networks?.includes('outbound'))
      .map(([name]) => name),
  ).toEqual(['school']);
  expect(services.gateway.networks).toEqual(['internal', 'edge']);
  expect(services.web.networks).toEqual(['edge']);
});

test('every secret comes from the environment (.env), and start-up refuses to go on without it', () => {
  const text = fs.readFileSync(COMPOSE, 'utf8');
  for (const name of [
    'POSTGRES_PASSWORD',
    'SCHOOL_DB_PASSWORD',
    'DISTRICT_DB_PASSWORD',
    'AUTH_JWT_SECRET',
    'GATEWAY_SECRET',
    'NOTIFY_SECRET_KEY',
  ])
    expect(text).toContain(`\${${name}:?`);
  const values = Object.values(services).flatMap((s) => Object.values(s.environment ?? {}));
  // Every password or secret value is a variable, never a literal.
  for (const value of values.filter((v) => /postgres:\/\/|SECRET|PASSWORD/.test(v)))
    expect(value).toMatch(/\$\{[A-Z_]+(:\?[^}]*)?\}/);
  expect(values.some((v) => /development-only-secret/.test(v))).toBe(false);
});

test('the migrations run once, district then school, before any service starts', () => {
  expect(services['migrate-district'].command).toEqual(['node', 'services/district/dist/bin/migrate.js']);
  expect(services['migrate-school'].command).toEqual(['node', 'services/school/dist/bin/migrate.js']);
  expect(services['migrate-school'].depends_on).toEqual({
    'migrate-district': { condition: 'service_completed_successfully' },
  });
  for (const name of ['school', 'district'])
    expect(services[name].depends_on?.['migrate-school']).toEqual({ condition: 'service_completed_successfully' });
  expect(services.gateway.depends_on).toEqual({
    school: { condition: 'service_healthy' },
    district: { condition: 'service_healthy' },
  });
});

test('each database URL goes only to its own service and its migration', () => {
  const users = (variable: string) =>
    Object.entries(services)
      .filter(([, s]) => s.environment?.[variable])
      .map(([name]) => name)
      .sort();
  expect(users('SCHOOL_DATABASE_URL')).toEqual(['migrate-school', 'school']);
  expect(users('DISTRICT_DATABASE_URL')).toEqual(['district', 'migrate-district']);
  expect(services.school.environment?.SCHOOL_DATABASE_URL).toMatch(/^postgres:\/\/mentorship_school:/);
  expect(services.district.environment?.DISTRICT_DATABASE_URL).toMatch(/^postgres:\/\/mentorship_district:/);
});

test('the platform containers run read-only without capabilities, from images of one tag', () => {
  for (const name of ['gateway', 'school', 'district', 'web']) {
    expect([name, services[name].read_only, services[name].cap_drop]).toEqual([name, true, ['ALL']]);
    expect(services[name].image).toBe(`mentorship/${name}:\${TAG:-0.1.0}`);
  }
});

test('the school service gets every notification setting the code reads; env.example names the required ones', () => {
  const notify = [...variablesRead().keys()].filter((name) => name.startsWith('NOTIFY_')).sort();
  expect(notify.length).toBeGreaterThanOrEqual(7);
  expect(
    Object.keys(services.school.environment ?? {})
      .filter((k) => k.startsWith('NOTIFY_'))
      .sort(),
  ).toEqual(notify);
  for (const name of ['NOTIFY_SECRET_KEY', 'NOTIFY_APP_URL'])
    expect(services.school.environment?.[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
  const example = fs.readFileSync(path.join(path.dirname(COMPOSE), 'env.example'), 'utf8');
  // Every variable compose insists on (`${X:?…}`) has a line in env.example.
  const required = [...fs.readFileSync(COMPOSE, 'utf8').matchAll(/\$\{([A-Z_]+):\?/g)].map((m) => m[1]);
  for (const name of new Set(required))
    expect([name, new RegExp(`^${name}=`, 'm').test(example)]).toEqual([name, true]);
  // Only the school service gets them.
  for (const [name, s] of Object.entries(services))
    if (name !== 'school')
      expect([name, Object.keys(s.environment ?? {}).filter((k) => k.startsWith('NOTIFY_'))]).toEqual([name, []]);
});
