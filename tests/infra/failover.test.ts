import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type EmbeddedPostgres, freePort, startThrowawayPostgres } from '@mentorship/db';
import autocannon from 'autocannon';

import {
  type ProcessPlatform,
  type ServiceChild,
  startProcessPlatform,
  TEST_PRODUCTION_SECRET,
} from '../support/process-platform';
import { type DeliveryRecorder, snapshotLedger, startDeliveryRecorder } from '../support/snapshot-deliveries';
import { haproxyConfig } from './haproxy-config';

/**
 * Replicas that hold (issue 17): two gateway and two school-subgraph processes behind haproxy,
 * which health-checks them on /readyz. autocannon sends queries through haproxy while one
 * replica of each is stopped with SIGTERM (as a rolling update does) and started again: no
 * request may fail (non-2xx, socket error or a GraphQL error). Both school replicas run the
 * snapshot schedule and the outbox relay meanwhile: each snapshot reaches the district once.
 * The gateways reach the school subgraph through haproxy too. Results: tests/results/infra-failover.md.
 */
export const FAILOVER = 'replicas behind haproxy';
const ROOT = path.resolve(__dirname, '../..');
const MIN_LOAD_SECONDS = 30;
const SNAPSHOT_EVERY_SECONDS = 5;
const CONNECTIONS = 8;
// Mentor's own mentees (school) and the current term (district): both subgraphs in every request.
const QUERY = '{ currentTerm { number } me { mentees(first: 5) { totalCount nodes { name } } } }';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve),
  );
const haproxyBinary = () =>
  ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy'].find((f) => fs.existsSync(f)) ??
  spawnSync('sh', ['-c', 'command -v haproxy']).stdout.toString().trim();

describe(FAILOVER, () => {
  let pg: EmbeddedPostgres;
  let p: ProcessPlatform;
  let recorder: DeliveryRecorder;
  let haproxy: ChildProcess;
  let haproxyLog = '';
  const ports = { gateway: 0, school: 0 };
  const events: string[] = [];
  const started = Date.now();
  const note = (line: string) => events.push(`${((Date.now() - started) / 1000).toFixed(1)} s: ${line}`);

  beforeAll(async () => {
    const binary = haproxyBinary();
    if (!binary) throw new Error("haproxy is not installed: `pnpm test:infra` installs Debian's haproxy.");
    pg = await startThrowawayPostgres();
    process.env.TEST_DATABASE_URL = pg.url('postgres');
    recorder = await startDeliveryRecorder();
    [ports.gateway, ports.school] = [await freePort(), await freePort()];
    p = await startProcessPlatform({
      env: {
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: TEST_PRODUCTION_SECRET,
        RATE_LIMIT_REQUESTS: '1000000',
        METRICS_SNAPSHOT_INTERVAL_SECONDS: String(SNAPSHOT_EVERY_SECONDS),
        OUTBOX_RELAY_INTERVAL_SECONDS: '0.5',
        // Not ready but still serving for a moment, so haproxy (checking every 500 ms) stops sending first.
        SHUTDOWN_DELAY_SECONDS: '2',
        SHUTDOWN_TIMEOUT_SECONDS: '20',
      },
      serviceEnv: {
        school: { DISTRICT_URL: recorder.url },
        gateway: { SCHOOL_URL: `http://127.0.0.1:${ports.school}/graphql` },
      },
    });
    recorder.forwardTo(p.districtUrl);
    const [gateway2, school2] = await Promise.all([p.startReplica('gateway'), p.startReplica('school')]);
    const port = (url: string) => Number(new URL(url).port);
    const cfg = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mentorship-haproxy-')), 'haproxy.cfg');
    fs.writeFileSync(
      cfg,
      haproxyConfig({
        gateway: { bind: ports.gateway, servers: [port(p.gatewayUrl), gateway2.port] },
        school: { bind: ports.school, servers: [port(p.schoolUrl), school2.port] },
      }),
    );
    haproxy = spawn(binary, ['-db', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
    haproxy.stdout!.on('data', (c) => (haproxyLog += c));
    haproxy.stderr!.on('data', (c) => (haproxyLog += c));
    // Both frontends answer once haproxy has seen a ready server behind each.
    for (const bind of [ports.gateway, ports.school]) {
      for (let i = 0; ; i += 1) {
        const ok = await fetch(`http://127.0.0.1:${bind}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (ok) break;
        if (i > 100) throw new Error(`haproxy frontend ${bind} not ready:\n${haproxyLog}`);
        await sleep(200);
      }
    }
    await sleep(1_500);
  }, 300_000);

  afterAll(async () => {
    if (haproxy && haproxy.exitCode === null) {
      const gone = exited(haproxy);
      haproxy.kill('SIGTERM');
      await gone;
    }
    await p?.stop();
    await recorder?.close();
    await pg?.stop();
  });

  /** SIGTERM, exit code 0, then the same port again; returns the new process. */
  async function roll(name: 'gateway' | 'school', current: ServiceChild, port: number): Promise<ServiceChild> {
    const exit = exited(current.child);
    note(`SIGTERM to ${name} replica on port ${port}`);
    current.child.kill('SIGTERM');
    const code = await exit;
    note(`${name} replica on port ${port} exited with code ${code}`);
    if (code !== 0) throw new Error(`${name} exited with ${code}:\n${current.output().slice(-3000)}`);
    const again = await p.startReplica(name, { port });
    note(`${name} replica on port ${port} started again`);
    return again;
  }

  const title = 'serves every request while one gateway and one school replica roll; each snapshot delivered once';
  it(
    title,
    async () => {
      const token = p.token('mentor-1');
      let graphqlErrors = 0;
      let firstError = '';
      let finish: (error: Error | null, r: autocannon.Result) => void = () => undefined;
      const result = new Promise<autocannon.Result>(
        (resolve, reject) => (finish = (error, r) => (error ? reject(error) : resolve(r))),
      );
      const load = autocannon(
        {
          url: `http://127.0.0.1:${ports.gateway}/graphql`,
          connections: CONNECTIONS,
          duration: 600,
          timeout: 30,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: QUERY }),
              onResponse: (status, body) => {
                if (status === 200 && !body.includes('"errors"') && body.includes('"totalCount"')) return;
                graphqlErrors += 1;
                firstError ||= `HTTP ${status}: ${body.slice(0, 300)}`;
              },
            },
          ],
        },
        (error, r) => finish(error, r),
      );
      const loadStart = Date.now();
      note('load started');
      await sleep(5_000);
      const gatewayPort = Number(new URL(p.gatewayUrl).port);
      const schoolPort = Number(new URL(p.schoolUrl).port);
      await roll('gateway', p.processes.gateway, gatewayPort);
      await sleep(3_000);
      await roll('school', p.processes.school, schoolPort);
      await sleep(Math.max(3_000, MIN_LOAD_SECONDS * 1000 - (Date.now() - loadStart)));
      load.stop();
      const r = await result;
      note('load stopped');
      // Let the relays deliver what the last slot queued before the ledger is read.
      await sleep(2_000);
      const ledger = await snapshotLedger(
        { school: p.databaseUrls.school, district: p.databaseUrls.district },
        recorder,
        SNAPSHOT_EVERY_SECONDS * 1000,
      );

      const failed = r.non2xx + r.errors + r.timeouts + graphqlErrors;
      const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
      const haproxyVersion = spawnSync(haproxyBinary(), ['-v']).stdout.toString().split('\n')[0];
      const rps = r.requests.average.toFixed(0);
      const lines = [
        '# Failover under load (`pnpm test:infra`, tests/infra/failover.test.ts)',
        '',
        `Run ${when} UTC on this ${os.cpus().length}-core machine, Node ${process.version}, ${haproxyVersion}.`,
        '',
        'Two gateway and two school-subgraph processes (NODE_ENV=production) behind haproxy, which checks',
        '`GET /readyz` every 500 ms; the gateways reach the school subgraph through haproxy as well.',
        `autocannon sent one query touching both subgraphs (\`${QUERY}\`) over ${CONNECTIONS} connections`,
        'while one gateway and then one school replica got SIGTERM and were started again on the same port.',
        'Everything (PostgreSQL, five service processes, haproxy, autocannon) shared the machine.',
        '',
        `- requests: ${r.requests.total} in ${r.duration.toFixed(1)} s (${rps} requests/s on average, ` +
          `p99 latency ${r.latency.p99} ms)`,
        `- failed: ${failed} (non-2xx ${r.non2xx}, socket errors ${r.errors}, timeouts ${r.timeouts}, ` +
          `GraphQL errors or wrong answers ${graphqlErrors})`,
        `- snapshots: ${ledger.snapshots} queued in ${ledger.slots} slots of ${SNAPSHOT_EVERY_SECONDS} s ` +
          `for ${ledger.schools} schools by two relays; ${ledger.deliveries} accepted by the district, ` +
          `${ledger.deliveredTwice} twice, ${ledger.lost} lost, ${ledger.waiting} still in the outbox, ` +
          `${ledger.badSlots.length} slots with other than one per school, ${ledger.missingSlots} slots missing`,
        '',
        'Timeline (seconds since the test file started):',
        '',
        ...events.map((e) => `- ${e}`),
        '',
      ];
      fs.writeFileSync(path.join(ROOT, 'tests/results/infra-failover.md'), lines.join('\n'));

      expect(firstError).toBe('');
      expect({ non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, graphqlErrors }).toEqual({
        non2xx: 0,
        errors: 0,
        timeouts: 0,
        graphqlErrors: 0,
      });
      expect(r.requests.total).toBeGreaterThan(100);
      expect(ledger.slots).toBeGreaterThanOrEqual(4);
      expect(ledger.badSlots).toEqual([]);
      expect(ledger.missingSlots).toBe(0);
      expect(ledger.deliveredTwice).toBe(0);
      expect(ledger.lost).toBe(0);
      expect(ledger.acceptedNotMarked).toBe(0);
      expect(ledger.deliveries + ledger.waiting).toBe(ledger.snapshots);
    },
    300_000,
  );
});
