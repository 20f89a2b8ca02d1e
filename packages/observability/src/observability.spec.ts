import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { createLogger, serializeError } from './logger';
import { ServiceMetrics } from './metrics';
import { OperationNames } from './operations';
import { formatPretty } from './pretty';

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } };
}

describe('observability', () => {
  test('operation labels: registered names only, without the gateway’s subgraph suffix; else anonymous', () => {
    const names = new OperationNames(['MyWork', 'DistrictDashboard']);
    expect(names.label('MyWork')).toBe('MyWork');
    expect(names.label('MyWork__school__0', 'school')).toBe('MyWork');
    expect(names.label('DistrictDashboard__district__12', 'district')).toBe('DistrictDashboard');
    expect(names.label('MyWork__school__0', 'district')).toBe('anonymous');
    for (const other of [undefined, null, '', 'ChosenByTheCaller', 'mywork']) {
      expect(names.label(other)).toBe('anonymous');
    }
    expect(OperationNames.fromManifest().names.has('MyWork')).toBe(true);
    expect(OperationNames.fromManifest('/nonexistent/manifest.json').names.size).toBe(0);
  });

  test('an error keeps type, code, message and stack, never the SQL parameters or row details it carries', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "student_number"'), {
      code: '23505',
      parameters: ['王小明', '2024001'],
      query: 'INSERT INTO student (name, number) VALUES ($1, $2)',
      detail: 'Key (number)=(2024001) already exists.',
      driverError: { detail: 'Key (number)=(2024001) already exists.' },
    });
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({ type: 'Error', code: '23505', message: error.message });
    expect(JSON.stringify(serialized)).not.toMatch(/王小明|2024001|INSERT/);
  });

  test('keys that could carry a token, a header or variables are removed from any log line', () => {
    const { lines, destination } = capture();
    const logger = createLogger('school', { LOG_LEVEL: 'info' }, destination);
    const ctx = { token: 't', headers: { a: 1 } };
    logger.info({ requestId: 'r1', authorization: 'Bearer x.y.z', variables: { name: '王小明' }, ctx }, 'request');
    expect(lines).toEqual([
      expect.objectContaining({ service: 'school', level: 'info', requestId: 'r1', msg: 'request', ctx: {} }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Bearer|王小明|"t"/);
  });

  test('the pretty format is one readable line per entry', () => {
    const line = '{"level":"info","time":"t","service":"school","msg":"request","requestId":"r1","ms":3.2}';
    expect(formatPretty(line)).toBe('[school] request requestId=r1 ms=3.2\n');
    expect(formatPretty('{"level":"warn","service":"gateway","msg":"slow start"}')).toBe('[gateway] WARN slow start\n');
    expect(formatPretty('not json')).toBe('not json');
  });

  test('request metrics: counts, latency, and error codes bounded to the known ones', async () => {
    const metrics = new ServiceMetrics('gateway');
    metrics.recordRequest('MyWork', 0.02, []);
    metrics.recordRequest('MyWork', 0.3, ['FORBIDDEN', 'FORBIDDEN', 'SOMETHING_A_SUBGRAPH_MADE_UP']);
    metrics.watchPool('request', () => [
      { totalCount: 4, idleCount: 3, waitingCount: 0 },
      { totalCount: 2, idleCount: 2, waitingCount: 1 },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('mentorship_graphql_requests_total{operation="MyWork",service="gateway"} 2');
    expect(text).toContain('mentorship_graphql_errors_total{operation="MyWork",code="FORBIDDEN",service="gateway"} 1');
    expect(text).toContain('mentorship_graphql_errors_total{operation="MyWork",code="OTHER",service="gateway"} 1');
    const bucket = 'mentorship_graphql_request_duration_seconds_bucket';
    expect(text).toContain(`${bucket}{le="0.025",service="gateway",operation="MyWork"} 1`);
    expect(text).toContain('mentorship_db_pool_connections{pool="request",member="primary",service="gateway"} 4');
    expect(text).toContain('mentorship_db_pool_waiting_requests{pool="request",member="replica1",service="gateway"} 1');
  });
});

test('stdout lines written asynchronously are all there when the process exits right after', () => {
  // The compiled module (the build runs before the tests), in a process of its own.
  const logger = path.resolve(__dirname, '../dist/logger.js');
  const script =
    `const { createLogger } = require(${JSON.stringify(logger)});` +
    `const log = createLogger('school', { LOG_LEVEL: 'info' });` +
    `for (let i = 0; i < 5000; i++) log.info({ i }, 'request');` +
    `log.error('last words'); process.exit(3);`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const lines = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { i?: number });
  expect(run.status).toBe(3);
  expect(lines.map((l) => l.i)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  expect(run.stderr).toContain('last words');
});
