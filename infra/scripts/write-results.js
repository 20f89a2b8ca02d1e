// Writes tests/results/infra.md from the jest JSON of tests/infra and, when the images were
// built and run, from tests/results/infra-images.md (written by tests/infra/images-*.test.ts).
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const [jsonFile, imagesStatus] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');
const jest = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
const run = (command) => {
  try {
    return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not available';
  }
};
const kubectl = process.env.KUSTOMIZE
  ? `${process.env.KUSTOMIZE} ${run(`${process.env.KUSTOMIZE} version`)}`
  : (() => {
      try {
        const v = JSON.parse(run('kubectl version --client -o json'));
        return `kubectl ${v.clientVersion.gitVersion}, kustomize ${v.kustomizeVersion}`;
      } catch {
        return 'kubectl: unknown version';
      }
    })();

const IMAGES = 'the platform from its images (podman)';
const FAILOVER = 'replicas behind haproxy';
// The PostgreSQL checks (read replica, PgBouncer, backups) get their own section.
const DATABASE_FILES = /tests\/infra\/(read-replica|pgbouncer|backup)\.test\.ts$/;
const databaseTests = jest.testResults
  .filter((file) => DATABASE_FILES.test(file.name))
  .flatMap((file) => file.assertionResults);
const all = jest.testResults.filter((file) => !DATABASE_FILES.test(file.name)).flatMap((file) => file.assertionResults);
const isImage = (t) => t.ancestorTitles.includes(IMAGES);
const isFailover = (t) => t.ancestorTitles.includes(FAILOVER);
const line = (t) =>
  `- ${t.status === 'passed' ? 'pass' : t.status === 'failed' ? 'FAIL' : t.status}: ` +
  `${[...t.ancestorTitles.filter((a) => a !== IMAGES && a !== FAILOVER), t.title].join(' › ')}`;
const count = (tests) =>
  `${tests.filter((t) => t.status === 'passed').length} passed, ` +
  `${tests.filter((t) => t.status === 'failed').length} failed.`;
const checks = all.filter((t) => !isImage(t) && !isFailover(t));
const imageTests = all.filter(isImage);
const failoverTests = all.filter(isFailover);

const lines = [
  '# Infrastructure checks (`pnpm test:infra`)',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${run('uname -sm')}, Node ` +
    `${process.version}, ${kubectl}.`,
  '',
  '## Kubernetes manifests (infra/k8s) and the compose file: rendered and validated, not applied to a cluster',
  '',
  count(checks),
  '',
  ...checks.map(line),
  '',
  '## PostgreSQL: a streaming read replica, PgBouncer (transaction pooling), backup and restore',
  '',
  "A real standby of the embedded PostgreSQL 18; Debian's pgbouncer with infra/pgbouncer/pgbouncer.ini;",
  "infra/scripts/db-backup.sh with Debian's PostgreSQL 15 and its pg_dump/pg_restore. The platform runs as processes.",
  '',
  count(databaseTests),
  '',
  ...databaseTests.map(line),
  '',
  '## Images (infra/images) built and run with podman',
  '',
];
const images = path.join(root, 'tests/results/infra-images.md');
if (imagesStatus === 'skipped') {
  lines.push('Not run this time (`pnpm test:infra --images` or `INFRA_IMAGES=1` runs it).');
  if (fs.existsSync(images)) lines.push("The last run's results are in [infra-images.md](infra-images.md).");
} else if (imagesStatus !== '0') {
  lines.push(`The image build FAILED (exit ${imagesStatus}); nothing was run.`);
} else {
  lines.push(count(imageTests), '', ...imageTests.map(line), '', 'Details: [infra-images.md](infra-images.md).');
}
// The failover test's own report (request count, failures, snapshot ledger), written by tests/infra/failover.test.ts.
lines.push('', '## Replicas behind haproxy: failover under load, exactly-once snapshots', '');
const failover = path.join(root, 'tests/results/infra-failover.md');
if (!failoverTests.length) lines.push('Not run this time.');
else {
  lines.push(count(failoverTests), '', ...failoverTests.map(line), '');
  if (fs.existsSync(failover))
    lines.push(
      ...fs
        .readFileSync(failover, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('# ')),
    );
}
fs.writeFileSync(
  path.join(root, 'tests/results/infra.md'),
  `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`,
);
console.log('[test:infra] wrote tests/results/infra.md');
