import { loadAuthConfig } from '@mentorship/auth';
import type { RunningServer } from '@mentorship/graphql';
import { createSchoolApp, createSchoolDataSource } from '@mentorship/school';
import { createTestDatabase } from '@mentorship/testing';
import type { DataSource } from 'typeorm';

/**
 * /readyz of a subgraph: ready only with its database reachable and every migration of its build
 * applied; a database a newer release migrated further stays ready (rolling updates migrate first).
 */
describe("a subgraph's readiness follows its database and migrations", () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let app: RunningServer | undefined;
  const readyz = async () => {
    const res = await fetch(new URL('/readyz', app!.url));
    return { status: res.status, body: await res.json() };
  };
  const start = async () => {
    await app?.stop();
    app = await createSchoolApp({ dataSource: ds, port: 0, auth: loadAuthConfig({ NODE_ENV: 'test' }) });
  };

  beforeAll(async () => {
    db = await createTestDatabase('ready');
    ds = await createSchoolDataSource(db.url).initialize();
  });
  afterAll(async () => {
    await app?.stop();
    await ds?.destroy();
    await db?.drop();
  });

  it('not ready before the migrations, ready after, not ready with one missing, ready with an extra one', async () => {
    await start();
    expect(await readyz()).toEqual({
      status: 503,
      body: { status: 'not ready', checks: { database: 'ok', migrations: `${ds.migrations.length} pending` } },
    });
    await ds.runMigrations();
    expect(await readyz()).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'current' } },
    });

    const [last] = await ds.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await ds.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    await start();
    expect(await readyz()).toMatchObject({ status: 503, body: { checks: { migrations: '1 pending' } } });

    await ds.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2), ($3, $4)', [
      last.timestamp,
      last.name,
      Date.now(),
      'FromANewerRelease9999999999999',
    ]);
    await start();
    expect(await readyz()).toMatchObject({ status: 200, body: { status: 'ready' } });
    // Liveness says nothing about the database.
    const live = await fetch(new URL('/healthz', app!.url));
    expect([live.status, await live.json()]).toEqual([200, { status: 'live' }]);
  });
});
