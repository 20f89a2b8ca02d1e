import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { dropDatabase, freePort, withDatabase } from '@mentorship/db';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the compiled platform command (what `npm start` runs after installing and building). */
function startPlatform(env: Record<string, string>): Run {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'packages/devstack/dist/bin/platform.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(run: Run, text: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`platform did not print "${text}":\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('the platform command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-'));
  fs.chmodSync(dir, 0o755); // reachable by the OS user PostgreSQL runs as when tests run as root
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(
    'starts PostgreSQL, seeds the demo district, serves the gateway, stops cleanly on Ctrl-C and reuses ' +
      'the data next time',
    async () => {
      const ports = {
        PG_PORT: await freePort(),
        SCHOOL_PORT: await freePort(),
        DISTRICT_PORT: await freePort(),
        GATEWAY_PORT: await freePort(),
        WEB_PORT: await freePort(),
      };
      const env = {
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        PG_DATA_DIR: path.join(dir, 'pg'),
        DEMO_SCHOOLS: '2',
        DEMO_STUDENTS: '300',
        DEMO_SEED: 'platform-test',
      };
      delete process.env.DATABASE_URL;

      const first = startPlatform(env);
      await waitFor(first, 'Mentorship platform is up');
      expect(first.output()).toMatch(/seeded 2\/2 schools/);
      const token = await new Promise<string>((resolve, reject) => {
        let out = '';
        const c = spawn(process.execPath, [path.join(ROOT, 'packages/devstack/dist/bin/token.js'), 'district-admin'], {
          env: { ...process.env, ...env },
        });
        c.stdout.on('data', (d) => (out += d));
        c.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error('token command failed'))));
      });
      const url = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
      const data = expectNoGraphQLErrors(
        await execute(url, '{ schools { totalCount nodes { stats { students } } } }', { token }),
      );
      expect(data.schools.totalCount).toBe(2);
      expect(
        data.schools.nodes.reduce((n: number, s: { stats: { students: number } }) => n + s.stats.students, 0),
      ).toBe(300);

      // The web dashboard on its own port: the app, the demo sign-in, and /graphql through to the gateway.
      const web = `http://127.0.0.1:${ports.WEB_PORT}`;
      expect(await (await fetch(`${web}/`)).text()).toContain('<div id="root">');
      const signedIn = (await (
        await fetch(`${web}/dev/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'district-admin' }),
        })
      ).json()) as { token: string };
      const viaWeb = expectNoGraphQLErrors(
        await execute(`${web}/graphql`, '{ schools { totalCount } }', { token: signedIn.token }),
      );
      expect(viaWeb.schools.totalCount).toBe(2);

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(await portOpen(ports.PG_PORT)).toBe(false);
      expect(await portOpen(ports.GATEWAY_PORT)).toBe(false);
      expect(await portOpen(ports.WEB_PORT)).toBe(false);

      const second = startPlatform(env);
      await waitFor(second, 'Mentorship platform is up');
      expect(second.output()).not.toMatch(/seeded|initialising/);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    },
    180_000,
  );

  it('`pnpm migrate` creates and migrates both databases on an external PostgreSQL named by URL', async () => {
    const base = process.env.TEST_DATABASE_URL!;
    const suffix = Math.random().toString(16).slice(2, 10);
    const urls = {
      SCHOOL_DATABASE_URL: withDatabase(base, `ext_school_${suffix}`),
      DISTRICT_DATABASE_URL: withDatabase(base, `ext_district_${suffix}`),
    };
    const child = spawn(process.execPath, [path.join(ROOT, 'packages/devstack/dist/bin/migrate.js')], {
      env: { ...process.env, ...urls },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    expect(out).toMatch(/created database ext_school_/);
    expect(out).toMatch(/\[school\] \d+ migration\(s\) applied/);
    const client = new Client({ connectionString: urls.SCHOOL_DATABASE_URL });
    await client.connect();
    const tables = (
      await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
    ).rows.map((r) => r.tablename);
    await client.end();
    expect(tables).toEqual(
      expect.arrayContaining([
        'classroom',
        'grade',
        'mentorship',
        'school',
        'student',
        'teacher',
        'teaching_assignment',
      ]),
    );
    await Promise.all(Object.values(urls).map((u) => dropDatabase(u)));
  });

  it('refuses to start a service in production with the development secret', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'services/school/dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'development-only-secret-do-not-use-in-production',
        SCHOOL_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/Refusing to start: AUTH_JWT_SECRET is the development secret/);
  });
});
