import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { loadAuthConfig, type Principal, Role, signToken } from '@mentorship/auth';
import { freePort } from '@mentorship/db';
import { type DemoLogin, demoLogins, type DemoScale, generateDistrict } from '@mentorship/demo-data';
import { createTestDatabase } from '@mentorship/testing';

import { TEST_SCALE } from './platform';

/**
 * The platform in its deployed shape for a test file: each subgraph and the gateway its own
 * compiled process (run `pnpm build` first), on throwaway databases of the run's PostgreSQL.
 * Use it for what an in-process platform cannot show: NODE_ENV=production, signals (SIGSTOP),
 * crashes, start-up refusals.
 */
export interface ProcessPlatform {
  gatewayUrl: string;
  schoolUrl: string;
  districtUrl: string;
  /** The services' throwaway databases (e.g. to hold a lock while a request waits on it). */
  databaseUrls: { school: string; district: string };
  processes: { gateway: ServiceChild; school: ServiceChild; district: ServiceChild };
  logins: DemoLogin[];
  /** The environment every process got (NODE_ENV, secrets, ports). */
  env: Record<string, string>;
  /**
   * Another replica of the school subgraph or the gateway, its own process on the same database
   * and settings (a free port, or `port` to restart one where it was); stopped with the platform.
   */
  startReplica(name: 'school' | 'gateway', options?: { port?: number; env?: Record<string, string> }): Promise<Replica>;
  token(login: string, expiresIn?: string | number): string;
  tokenFor(principal: Principal, expiresIn?: string | number): string;
  stop(): Promise<void>;
}

export interface ServiceChild {
  name: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
}

export interface Replica extends ServiceChild {
  port: number;
  /** Its GraphQL URL. */
  url: string;
}

const ROOT = path.resolve(__dirname, '../..');

/** A secret that production accepts (≥ 32 characters, not the development one). */
export const TEST_PRODUCTION_SECRET = 'test-production-secret-0123456789abcdef';

/** The gateway's proof secret production demands (GATEWAY_SECRET); given by default with NODE_ENV=production. */
export const TEST_GATEWAY_SECRET = 'test-gateway-secret-0123456789abcdef0123';

function startChild(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyText: string,
): { service: ServiceChild; ready: Promise<void> } {
  let out = '';
  const child = spawn(process.execPath, [path.join(ROOT, entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after 120 s:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(readyText)) (clearTimeout(timer), resolve());
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once(
      'exit',
      (code) => (clearTimeout(timer), reject(new Error(`${name} exited (code ${code}) before it was ready:\n${out}`))),
    );
  });
  return { service: { name, child, output: () => out }, ready };
}

function stopChild(s: ServiceChild): Promise<void> {
  return new Promise((resolve) => {
    const { child } = s;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGCONT'); // a test may have left it stopped
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

/**
 * Starts school, district (migrated and seeded with the demo district) and the gateway as
 * separate processes. `env` is added to every process: e.g. `{ NODE_ENV: 'production',
 * AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET }`.
 */
export async function startProcessPlatform(
  options: {
    env?: Record<string, string>;
    scale?: Partial<DemoScale>;
    /** Added to one service's environment only, e.g. `{ school: { DISTRICT_URL } }`. */
    serviceEnv?: Partial<Record<'school' | 'district' | 'gateway', Record<string, string>>>;
    /**
     * More environment for school and district once their databases exist, e.g. a read replica's URLs or a pooler's.
     */
    databaseEnv?: (databaseUrls: { school: string; district: string }) => Record<string, string>;
  } = {},
): Promise<ProcessPlatform> {
  const scale = { ...TEST_SCALE, ...options.scale };
  const [schoolDb, districtDb] = await Promise.all([createTestDatabase('pschool'), createTestDatabase('pdistrict')]);
  const [schoolPort, districtPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  const env: Record<string, string> = {
    DEMO_SCHOOLS: String(scale.schools),
    DEMO_STUDENTS: String(scale.students),
    DEMO_SEED: String(scale.seed),
    DEMO_ACTIVITY: String(scale.activity ?? false),
    SCHOOL_PORT: String(schoolPort),
    DISTRICT_PORT: String(districtPort),
    GATEWAY_PORT: String(gatewayPort),
    SCHOOL_URL: `http://127.0.0.1:${schoolPort}/graphql`,
    DISTRICT_URL: `http://127.0.0.1:${districtPort}/graphql`,
    ...(options.env?.NODE_ENV === 'production' ? { GATEWAY_SECRET: TEST_GATEWAY_SECRET } : {}),
    ...options.env,
  };
  const common = {
    ...env,
    SEED_DEMO: 'true',
    MIGRATE_ON_START: 'true',
    ...options.databaseEnv?.({ school: schoolDb.url, district: districtDb.url }),
  };
  const school = startChild(
    'school',
    'services/school/dist/main.js',
    { SCHOOL_DATABASE_URL: schoolDb.url, ...common, ...options.serviceEnv?.school },
    'subgraph ready at',
  );
  const district = startChild(
    'district',
    'services/district/dist/main.js',
    { DISTRICT_DATABASE_URL: districtDb.url, ...common, ...options.serviceEnv?.district },
    'subgraph ready at',
  );
  const started: ServiceChild[] = [school.service, district.service];
  const dropAll = () => Promise.all([schoolDb.drop(), districtDb.drop()]);
  try {
    await Promise.all([school.ready, district.ready]);
    const gateway = startChild(
      'gateway',
      'services/gateway/dist/main.js',
      { ...env, ...options.serviceEnv?.gateway },
      'ready at',
    );
    started.push(gateway.service);
    await gateway.ready;
    const auth = loadAuthConfig({ ...process.env, ...env });
    const logins = demoLogins(generateDistrict(scale));
    // Without expiresIn, as long as the role may (an hour for people, five minutes for services).
    const tokenFor = (principal: Principal, expiresIn?: string | number) =>
      signToken(principal, auth, expiresIn as never);
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      schoolUrl: env.SCHOOL_URL,
      districtUrl: env.DISTRICT_URL,
      databaseUrls: { school: schoolDb.url, district: districtDb.url },
      processes: { school: school.service, district: district.service, gateway: gateway.service },
      logins,
      env,
      tokenFor,
      async startReplica(name, replica = {}) {
        const port = replica.port ?? (await freePort());
        const own =
          name === 'school'
            ? { ...common, SCHOOL_DATABASE_URL: schoolDb.url, ...options.serviceEnv?.school, SCHOOL_PORT: String(port) }
            : { ...env, ...options.serviceEnv?.gateway, GATEWAY_PORT: String(port) };
        const entry = `services/${name}/dist/main.js`;
        const replicaChild = startChild(
          `${name}@${port}`,
          entry,
          { ...own, ...replica.env },
          name === 'school' ? 'subgraph ready at' : 'ready at',
        );
        started.push(replicaChild.service);
        await replicaChild.ready;
        return { ...replicaChild.service, port, url: `http://127.0.0.1:${port}/graphql` };
      },
      token(login, expiresIn) {
        const found = logins.find((l) => l.login === login);
        if (!found) throw new Error(`no demo login ${login}`);
        return tokenFor({ ...found, role: Role[found.role] }, expiresIn);
      },
      async stop() {
        await Promise.all(started.map(stopChild));
        await dropAll();
      },
    };
  } catch (error) {
    await Promise.all(started.map(stopChild));
    await dropAll();
    throw error;
  }
}
