import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { loadAuthConfig, Role, signToken } from '@mentorship/auth';
import { type EmbeddedPostgres, startThrowawayPostgres } from '@mentorship/db';
import { demoLogins, generateDistrict } from '@mentorship/demo-data';

import { K8S_DIR, render } from './k8s/render';

/**
 * The images (infra/images/Containerfile), built by infra/scripts/build-images.sh, run as a
 * platform with podman against a throwaway PostgreSQL: migrations as commands of the images, the
 * four services, queries through the gateway and the web containers, SIGTERM. Only with
 * INFRA_IMAGES=1 (`pnpm test:infra --images`), which builds the images first.
 *
 * Every container uses the host's network and listens on 127.0.0.1 only: nothing is reachable
 * from elsewhere, and the traffic stays on loopback.
 */

export const ROOT = path.resolve(__dirname, '../..');
export const TAG = process.env.IMAGE_TAG ?? '0.1.0';
export const SCALE = { schools: 2, students: 240, seed: 'infra-images' };
export const SERVICES = ['district', 'school', 'gateway', 'web'] as const;
export type Service = (typeof SERVICES)[number];
/** Every images test file's outer describe: infra/scripts/write-results.js finds the tests by this title. */
export const describeImages = (body: () => void) =>
  (process.env.INFRA_IMAGES === '1' ? describe : describe.skip)('the platform from its images (podman)', body);

const env = {
  ...process.env,
  CONTAINERS_CONF: process.env.CONTAINERS_CONF ?? path.join(ROOT, 'infra/images/containers.conf'),
};
export const podman = (...args: string[]) => {
  const run = spawnSync('podman', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  // Without systemd, podman says it cannot schedule HEALTHCHECK timers; the checks are run by hand below.
  const err = run.stderr
    .split('\n')
    .filter((l) => l.trim() && !l.includes('unable to get systemd connection'))
    .join('\n');
  return { status: run.status, out: run.stdout.trim(), err };
};
export const image = (name: string) => `mentorship/${name}:${TAG}`;
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * The environment the prod overlay gives a service (its ConfigMaps), so the images are run as
 * the manifests configure them. Only what host networking on loopback needs is changed after.
 */
export function prodConfig(service: string): Record<string, string> {
  const objects = render(path.join(K8S_DIR, 'overlays/prod')).objects;
  const data = (name: string) =>
    (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.data ?? {}) as Record<string, string>;
  if (service === 'web') return data('web-config');
  // Pods each have their own 9464; containers sharing the host's network take any free port.
  return { ...data('mentorship-common'), ...data(`${service}-config`), METRICS_PORT: '0' };
}

/** The parts of tests/results/infra-images.md, one per test file, in this order whichever ran last. */
const PARTS = ['contents', 'migrations', 'services', 'gateway-prod'] as const;

/** Writes one test file's results into its part of tests/results/infra-images.md, keeping the others. */
export function writeResults(part: (typeof PARTS)[number], results: string[]) {
  if (!results.length) return;
  const file = path.join(ROOT, 'tests/results/infra-images.md');
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const section = (p: string) =>
    p === part
      ? results.join('\n').trim()
      : (old.match(new RegExp(`<!-- ${p} -->\\n([\\s\\S]*?)\\n<!-- /${p} -->`))?.[1] ?? '');
  const sections = PARTS.map((p) => [p, section(p)]).filter(([, text]) => text);
  fs.writeFileSync(
    file,
    `# The platform from its images (\`pnpm test:infra --images\`)\n\nRun ` +
      `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with ${podman('--version').out} ` +
      `(runc), images \`mentorship/*:${TAG}\` from infra/scripts/build-images.sh, demo district of ` +
      `${SCALE.schools} schools and ${SCALE.students} students on a throwaway ` +
      `PostgreSQL.\n\n${sections.map(([p, text]) => `<!-- ${p} -->\n${text}\n<!-- /${p} -->`).join('\n\n')}\n`,
  );
}

/** A throwaway PostgreSQL with the platform's roles and databases, a JWT secret and the containers' names. */
export class ImagesPlatform {
  pg!: EmbeddedPostgres;
  readonly secret = randomBytes(32).toString('hex');
  readonly ports: Record<string, number> = {};
  readonly names: Record<string, string> = {};
  readonly demo = generateDistrict(SCALE);
  schoolUrl = '';
  districtUrl = '';

  token(login: string) {
    const found = demoLogins(this.demo).find((l) => l.login === login)!;
    return signToken(
      { ...found, role: Role[found.role] },
      loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: this.secret }),
    );
  }

  async start() {
    for (const s of SERVICES) {
      this.ports[s] = await freePort();
      this.names[s] = `mentorship-images-test-${s}-${process.pid}`;
    }
    this.pg = await startThrowawayPostgres();
    // The roles and databases, as an operator creates them (trust auth here; the passwords are set anyway).
    execFileSync(
      'psql',
      [
        this.pg.url('postgres'),
        '-q',
        '-v',
        'school_password=school-pw',
        '-v',
        'district_password=district-pw',
        '-f',
        path.join(ROOT, 'infra/postgres/create-databases.sql'),
      ],
      { stdio: 'pipe' },
    );
    this.schoolUrl = `postgres://mentorship_school:school-pw@127.0.0.1:${this.pg.port}/mentorship_school`;
    this.districtUrl = `postgres://mentorship_district:district-pw@127.0.0.1:${this.pg.port}/mentorship_district`;
  }

  async stop() {
    for (const name of Object.values(this.names)) podman('rm', '--force', '--time', '2', name);
    await this.pg?.stop();
  }

  /** A one-off command in an image, as the platform's migration and seed steps run. */
  once(name: string, command: string[], vars: Record<string, string>) {
    return podman(
      'run',
      '--rm',
      '--network',
      'host',
      '--read-only',
      '--cap-drop',
      'ALL',
      ...Object.entries(vars).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
      image(name),
      ...command,
    );
  }

  /** The migrations, then a small demo district, with the images' own commands, district first. */
  migrateAndSeed() {
    const demoVars = {
      DEMO_SCHOOLS: String(SCALE.schools),
      DEMO_STUDENTS: String(SCALE.students),
      DEMO_SEED: SCALE.seed,
    };
    const databases = [
      ['district', { DISTRICT_DATABASE_URL: this.districtUrl }],
      ['school', { SCHOOL_DATABASE_URL: this.schoolUrl }],
    ] as const;
    for (const [step, extra] of [
      ['migrate', {}],
      ['seed', demoVars],
    ] as const) {
      for (const [name, vars] of databases) {
        const run = this.once(name, ['node', `services/${name}/dist/bin/${step}.js`], { ...vars, ...extra });
        if (run.status !== 0) throw new Error(`${name} ${step} failed:\n${run.err}`);
      }
    }
  }

  /** A service's container, detached, hardened, with the prod overlay's settings on loopback ports. */
  startContainer(s: Service) {
    const auth = { AUTH_JWT_SECRET: this.secret, GATEWAY_SECRET: `${this.secret}-gateway` };
    // The gateway's persisted-operations mode is tried as configured in its own test; here it is off so
    // the smoke query may be ad hoc.
    const loopback = {
      HOST: '127.0.0.1',
      SCHOOL_URL: `http://127.0.0.1:${this.ports.school}/graphql`,
      DISTRICT_URL: `http://127.0.0.1:${this.ports.district}/graphql`,
    };
    const vars: Record<string, string> = {
      district: { ...auth, DISTRICT_DATABASE_URL: this.districtUrl, DISTRICT_PORT: String(this.ports.district) },
      school: {
        ...auth,
        SCHOOL_DATABASE_URL: this.schoolUrl,
        SCHOOL_PORT: String(this.ports.school),
        DISTRICT_URL: loopback.DISTRICT_URL,
      },
      gateway: { ...auth, ...loopback, GATEWAY_PORT: String(this.ports.gateway), PERSISTED_OPERATIONS: 'off' },
      web: {
        HOST: '127.0.0.1',
        WEB_PORT: String(this.ports.web),
        GATEWAY_URL: `http://127.0.0.1:${this.ports.gateway}/graphql`,
      },
    }[s];
    return podman(
      'run',
      '--detach',
      '--name',
      this.names[s],
      ...['--network', 'host', '--read-only', '--tmpfs', '/tmp', '--cap-drop', 'ALL'],
      ...['--security-opt', 'no-new-privileges', '-e', 'HOST=127.0.0.1'],
      ...Object.entries({ ...prodConfig(s), ...vars }).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
      image(s),
    );
  }

  /** Waits for a container's HEALTHCHECK to pass; the milliseconds it took. */
  async healthy(s: string) {
    const since = Date.now();
    while (Date.now() - since < 90_000) {
      if (podman('healthcheck', 'run', this.names[s]).status === 0) return Date.now() - since;
      const state = podman('inspect', '--format', '{{.State.Status}}', this.names[s]).out;
      if (state !== 'running') throw new Error(`${s} ${state}:\n${podman('logs', this.names[s]).err}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`${s} not healthy in 90 s:\n${podman('logs', this.names[s]).err}`);
  }
}
