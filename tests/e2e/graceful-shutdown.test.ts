import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';

import { execute, expectNoGraphQLErrors } from '@mentorship/testing';
import { Client } from 'pg';

import { type ProcessPlatform, startProcessPlatform } from '../support/process-platform';

/**
 * A rolling update stops a replica with SIGTERM while it is serving. Real processes here: a
 * request held in flight by a table lock when the signal arrives must complete; the port must
 * refuse new connections meanwhile; idle keep-alive sockets are closed; the exit code is 0.
 */
const myMentees = '{ me { mentees(first: 5) { totalCount nodes { name } } } }';

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/** 'refused' once nothing listens on the port any more; 'accepted' while something does. */
const connect = (port: number) =>
  new Promise<'accepted' | 'refused'>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve('accepted')));
    socket.once('error', () => resolve('refused'));
  });

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const getJson = (url: string, agent?: http.Agent) =>
  new Promise<{ status: number; body: any; socket: net.Socket }>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let text = '';
        const socket = res.socket;
        res
          .on('data', (c) => (text += c))
          .on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), socket }));
      })
      .on('error', reject);
  });

describe('graceful shutdown of a real process (SIGTERM during a request)', () => {
  let p: ProcessPlatform;
  let locker: Client;
  const port = (url: string) => Number(new URL(url).port);

  beforeAll(async () => {
    p = await startProcessPlatform({
      // Budgets well above the lock's hold, so the request waits instead of timing out; a
      // second of "not ready but still serving" (SHUTDOWN_DELAY_SECONDS) to see readiness drop before the port closes.
      env: {
        SQL_STATEMENT_TIMEOUT_MS: '30000',
        SUBGRAPH_TIMEOUT_MS: '30000',
        SHUTDOWN_TIMEOUT_SECONDS: '20',
        SHUTDOWN_DELAY_SECONDS: '1',
      },
    });
    locker = new Client({ connectionString: p.databaseUrls.school });
    await locker.connect();
  }, 180_000);
  afterAll(async () => {
    await locker?.end();
    await p?.stop();
  });

  /** Holds the mentorship table so a mentor's query waits in PostgreSQL, until `release`. */
  async function holdMentorships(): Promise<() => Promise<void>> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE mentorship IN ACCESS EXCLUSIVE MODE');
    return async () => void (await locker.query('COMMIT'));
  }
  /** During SHUTDOWN_DELAY_SECONDS: new connections still served, /readyz says draining. */
  const drainingSeen = (base: string) =>
    until('readiness to drop', async () => {
      const r = await getJson(`${base}/readyz`).catch(() => undefined);
      return r?.status === 503 ? r.body.status : undefined;
    });
  const waitingOnLock = (slow: Promise<unknown>) =>
    Promise.race([
      slow.then((answer) => Promise.reject(new Error(`answered without waiting: ${JSON.stringify(answer)}`))),
      until('a request waiting on the lock', async () => {
        // pg_locks, not pg_stat_activity: the latter is frozen for the rest of the locker's transaction.
        const { rows } = await locker.query(
          "SELECT count(*)::int n FROM pg_locks WHERE NOT granted AND relation = 'mentorship'::regclass",
        );
        return rows[0].n > 0 ? true : undefined;
      }),
    ]);

  it('the gateway: the slow request completes, new connections are refused meanwhile, exit code 0', async () => {
    const gatewayPort = port(p.gatewayUrl);
    const ready = await getJson(`http://127.0.0.1:${gatewayPort}/readyz`);
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready' } });
    const release = await holdMentorships();
    const slow = execute(p.gatewayUrl, myMentees, { token: p.token('mentor-1') });
    await waitingOnLock(slow);
    const exit = exited(p.processes.gateway.child);
    p.processes.gateway.child.kill('SIGTERM');
    expect(await drainingSeen(`http://127.0.0.1:${gatewayPort}`)).toBe('draining');
    expect(
      await until('the gateway port to close', async () =>
        (await connect(gatewayPort)) === 'refused' ? 'refused' : undefined,
      ),
    ).toBe('refused');
    await release();
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(expectNoGraphQLErrors(answer).me.mentees.nodes.length).toBeGreaterThan(0);
    expect(await exit).toBe(0);
    expect(p.processes.gateway.output()).toMatch(/SIGTERM: draining/);
  }, 60_000);

  const schoolTitle = 'school subgraph: not ready, idle keep-alive sockets closed, the held request answered, exits 0';
  it(
    schoolTitle,
    async () => {
      const schoolPort = port(p.schoolUrl);
      const base = `http://127.0.0.1:${schoolPort}`;
      expect(await getJson(`${base}/healthz`)).toMatchObject({ status: 200, body: { status: 'live' } });
      expect(await getJson(`${base}/readyz`)).toMatchObject({
        status: 200,
        body: { status: 'ready', checks: { database: 'ok', migrations: 'current' } },
      });
      // A keep-alive socket left idle, as a load balancer's connection pool leaves them.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const { socket: idle } = await getJson(`${base}/healthz`, agent);
      const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
      const release = await holdMentorships();
      const slow = execute(p.schoolUrl, myMentees, { token: p.token('mentor-1') });
      await waitingOnLock(slow);
      const exit = exited(p.processes.school.child);
      p.processes.school.child.kill('SIGTERM');
      expect(await drainingSeen(base)).toBe('draining');
      await idleClosed;
      expect(
        await until('the school port to close', async () =>
          (await connect(schoolPort)) === 'refused' ? 'refused' : undefined,
        ),
      ).toBe('refused');
      // Still in flight, past the old fixed 1 s cut-off: the process waits for it.
      await new Promise((r) => setTimeout(r, 1_500));
      expect(p.processes.school.child.exitCode).toBeNull();
      await release();
      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(expectNoGraphQLErrors(answer).me.mentees.nodes.length).toBeGreaterThan(0);
      expect(await exit).toBe(0);
      agent.destroy();
    },
    60_000,
  );
});
