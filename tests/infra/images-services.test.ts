import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { describeImages, ImagesPlatform, podman, SCALE, SERVICES, writeResults } from './images-support';

/** The four services from their images, migrated and seeded: health, queries, production posture, SIGTERM. */
describeImages(() => {
  const ctx = new ImagesPlatform();
  const { ports, names, demo } = ctx;
  const token = (login: string) => ctx.token(login);
  const results: string[] = [];

  beforeAll(async () => {
    await ctx.start();
    ctx.migrateAndSeed();
  }, 300_000);
  afterAll(async () => {
    await ctx.stop();
    writeResults('services', results);
  });

  test('the four services start from the images and report healthy through their HEALTHCHECK', async () => {
    const started: string[] = [];
    for (const s of SERVICES) {
      const run = ctx.startContainer(s);
      expect([s, run.status, run.err]).toEqual([s, 0, '']);
      started.push(`${s} ${await ctx.healthy(s)} ms`);
    }
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
    const db = new Client({ connectionString: ctx.pg.url('mentorship_school') });
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
