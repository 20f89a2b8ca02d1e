// Writes tests/results/infra.md from the jest JSON of tests/infra and, when the images were
// built and run, from tests/results/infra-images.md (written by images-smoke.sh).
const fs = require('node:fs');
const path = require('node:path');
const { execSync } = require('node:child_process');

const [jsonFile, imagesStatus] = process.argv.slice(2);
const root = path.resolve(__dirname, '../..');
const jest = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
const run = (command) => { try { return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return 'not available'; } };
const kubectl = process.env.KUSTOMIZE ? `${process.env.KUSTOMIZE} ${run(`${process.env.KUSTOMIZE} version`)}` : (() => {
  try { const v = JSON.parse(run('kubectl version --client -o json')); return `kubectl ${v.clientVersion.gitVersion}, kustomize ${v.kustomizeVersion}`; } catch { return 'kubectl: unknown version'; }
})();

const lines = [
  '# Infrastructure checks (`pnpm test:infra`)',
  '',
  `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${run('uname -sm')}, Node ${process.version}, ${kubectl}.`,
  '',
  '## Kubernetes manifests (infra/k8s): rendered and validated, not applied to a cluster',
  '',
  `${jest.numPassedTests} passed, ${jest.numFailedTests} failed.`,
  '',
];
for (const file of jest.testResults) {
  for (const t of file.assertionResults) lines.push(`- ${t.status === 'passed' ? 'pass' : 'FAIL'}: ${[...t.ancestorTitles, t.title].join(' › ')}`);
}
lines.push('', '## Images (infra/images) run with podman', '');
const images = path.join(root, 'tests/results/infra-images.md');
if (imagesStatus === 'skipped') {
  lines.push('Not run this time (`pnpm test:infra --images` or `INFRA_IMAGES=1` runs it).');
  if (fs.existsSync(images)) lines.push(`The last run's results are in [infra-images.md](infra-images.md).`);
} else {
  lines.push(imagesStatus === '0' ? 'Passed: see [infra-images.md](infra-images.md).' : `FAILED (exit ${imagesStatus}): see [infra-images.md](infra-images.md).`);
}
fs.writeFileSync(path.join(root, 'tests/results/infra.md'), `${lines.join('\n')}\n`);
console.log('[test:infra] wrote tests/results/infra.md');
