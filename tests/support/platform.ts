import fs from 'node:fs';
import path from 'node:path';

import { loadAuthConfig, type Principal, Role, signToken } from '@mentorship/auth';
import { StatementCounter } from '@mentorship/db';
import { type DemoDistrict, type DemoLogin, demoLogins, type DemoScale, generateDistrict } from '@mentorship/demo-data';
import { createDistrictApp, createDistrictDataSource, seedDistrictDemo } from '@mentorship/district';
import { createGatewayApp, type RateLimitOptions } from '@mentorship/gateway';
import type { ServiceClient } from '@mentorship/graphql';
import { createSchoolApp, createSchoolDataSource, districtClient, seedSchoolDemo } from '@mentorship/school';
import { createTestDatabase, execute, expectNoGraphQLErrors } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

export interface TestPlatform {
  gatewayUrl: string;
  schoolUrl: string;
  districtUrl: string;
  school: DataSource;
  district: DataSource;
  /** Connection URLs of the two throwaway databases (for testing commands against them). */
  databaseUrls: { school: string; district: string };
  /** Counts the school subgraph's SQL statements. */
  schoolStatements: StatementCounter;
  /** Counts the district subgraph's SQL statements. */
  districtStatements: StatementCounter;
  demo: DemoDistrict;
  logins: DemoLogin[];
  /** A signed token for a demo login. */
  token(login: string): string;
  /** The school service's clock: tests set it to check deadlines and terms; `reset()` returns to real time. */
  clock: { set(at: Date | string): void; advance(ms: number): void; reset(): void; now(): Date };
  /** A signed token for any principal (for probing edge cases). */
  tokenFor(principal: Principal, expiresIn?: string | number): string;
  /** The school service's link to the district: `cut()` leaves it pointing at nothing, `restore()` reconnects it. */
  districtLink: { cut(): void; restore(): void };
  stop(): Promise<void>;
}

/** The repository root, from sources (jest) or compiled (benchmarks) alike. */
function repoRoot(dir = __dirname): string {
  return fs.existsSync(path.join(dir, 'pnpm-workspace.yaml')) ? dir : repoRoot(path.dirname(dir));
}

/** Rosters only: tests write the mentors' work they assert on themselves. */
export const TEST_SCALE: Partial<DemoScale> = { schools: 4, students: 1600, seed: 'test-district', activity: false };

/**
 * Boots the real thing for a test file: fresh databases, committed migrations, the demo seed,
 * both subgraphs and the gateway serving the checked-in supergraph, on free ports.
 */
export async function startTestPlatform(
  scale: Partial<DemoScale> = TEST_SCALE,
  options: { dashboardCacheSeconds?: number; rateLimit?: RateLimitOptions } = {},
): Promise<TestPlatform> {
  const auth = loadAuthConfig({ NODE_ENV: 'test' });
  const [schoolDb, districtDb] = await Promise.all([createTestDatabase('school'), createTestDatabase('district')]);
  const schoolStatements = new StatementCounter();
  const school = await createSchoolDataSource(schoolDb.url, { logger: schoolStatements }).initialize();
  const districtStatements = new StatementCounter();
  const district = await createDistrictDataSource(districtDb.url, { logger: districtStatements }).initialize();
  await Promise.all([school.runMigrations(), district.runMigrations()]);
  await Promise.all([seedSchoolDemo(school, { scale }), seedDistrictDemo(district, { scale })]);
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const clock = {
    set: (at: Date | string) => void (offset = new Date(at).getTime() - Date.now()),
    advance: (ms: number) => void (offset += ms),
    reset: () => void (offset = 0),
    now,
  };
  const districtApp = await createDistrictApp({ dataSource: district, port: 0, auth, now });
  // As at start-up in a deployment: the school service is handed its district client (service token, deadline).
  const reachable = districtClient({
    url: districtApp.url,
    token: () => signToken({ personId: 'school-service', role: Role.SERVICE, districtId: '*' }, auth, '5m'),
  });
  const nowhere = districtClient({ url: 'http://127.0.0.1:9/', token: () => 'x' });
  let link = reachable;
  const districtLink: ServiceClient = { service: 'district', request: (...call) => link.request(...call) };
  const schoolApp = await createSchoolApp({
    dataSource: school,
    port: 0,
    auth,
    now,
    clients: { district: districtLink },
  });
  const gateway = await createGatewayApp({
    supergraphSdl: fs.readFileSync(path.join(repoRoot(), 'schema/supergraph.graphql'), 'utf8'),
    port: 0,
    auth,
    subgraphUrls: { school: schoolApp.url, district: districtApp.url },
    // Off unless asked: most tests change data and read it back at once.
    snapshotCache: {
      fields: ['districtDashboard', 'districtTrends'],
      ttlMs: (options.dashboardCacheSeconds ?? 0) * 1000,
    },
    rateLimit: options.rateLimit,
  });
  const demo = generateDistrict(scale);
  const logins = demoLogins(demo);
  // Without expiresIn, as long as the role may (an hour for people, five minutes for services).
  const tokenFor = (principal: Principal, expiresIn?: string | number) =>
    signToken(principal, auth, expiresIn as never);
  schoolStatements.reset();
  return {
    gatewayUrl: gateway.url,
    schoolUrl: schoolApp.url,
    districtUrl: districtApp.url,
    school,
    district,
    databaseUrls: { school: schoolDb.url, district: districtDb.url },
    schoolStatements,
    districtStatements,
    demo,
    logins,
    token(login) {
      const found = logins.find((l) => l.login === login);
      if (!found) throw new Error(`no demo login ${login}`);
      return tokenFor({ ...found, role: Role[found.role] });
    },
    tokenFor,
    clock,
    districtLink: { cut: () => void (link = nowhere), restore: () => void (link = reachable) },
    async stop() {
      await gateway.stop();
      await Promise.all([schoolApp.stop(), districtApp.stop()]);
      await Promise.all([school.destroy(), district.destroy()]);
      await Promise.all([schoolDb.drop(), districtDb.drop()]);
    },
  };
}

/**
 * GraphQL as a principal, for the platform `platform()` returns at call time (a `let p` set in beforeAll will do):
 * `gql` posts a request (to the gateway unless `url` says otherwise), `ok` also asserts no errors and returns the data.
 */
export function gatewayCalls(platform: () => TestPlatform) {
  const gql = (token: string, query: string, variables: Record<string, unknown> = {}, url?: string) =>
    execute(url ?? platform().gatewayUrl, query, { token, variables });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
    expectNoGraphQLErrors(await gql(token, query, variables));
  return { gql, ok };
}
