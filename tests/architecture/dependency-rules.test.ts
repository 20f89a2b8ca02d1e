import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `pnpm lint` runs dependency-cruiser with the repository's rules. Here the same rules meet a
 * small made-up workspace holding one of each forbidden import, so a rule that stops matching
 * (a renamed folder, a loosened pattern) fails this test instead of passing everything silently.
 */
const root = path.resolve(__dirname, '../..');

function cruise(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'depcruise-'));
  try {
    fs.copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    fs.writeFileSync(
      path.join(dir, 'tsconfig.depcruise.json'),
      JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@mentorship/*': ['packages/*/src'] } } }),
    );
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const bin = path.join(root, 'node_modules/.bin/depcruise');
    let out: string;
    try {
      out = execFileSync(bin, ['--output-type', 'json', 'services', 'packages'], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exits non-zero when it finds violations
    }
    const summary = JSON.parse(out).summary as { violations: { rule: { name: string }; from: string; to: string }[] };
    return summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the dependency rules of `pnpm lint`', () => {
  it('pass a workspace that keeps to the architecture', () => {
    expect(
      cruise({
        'packages/db/src/index.ts': 'export const db = 1;\n',
        'services/school/src/schema.ts': "import { records } from './modules/records';\nexport const s = records;\n",
        'services/school/src/modules/records/index.ts': "export { records } from './records.resolver';\n",
        'services/school/src/modules/records/records.resolver.ts':
          "import { db } from '@mentorship/db';\nexport const records = db;\n",
      }),
    ).toEqual([]);
  });

  it(
    'report a cycle, a service importing another, a package importing a service, and a root reaching into ' +
      'a module',
    () => {
      expect(
        cruise({
          'packages/db/src/index.ts':
            "import { app } from '../../../services/district/src/app';\nexport const db = app;\n",
          'services/district/src/app.ts': 'export const app = 1;\n',
          'services/school/src/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
          'services/school/src/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
          'services/school/src/schema.ts':
            "import { app } from '../../district/src/app';\nimport { records } from " +
            "'./modules/records/records.resolver';\n" +
            'export const s = [app, records];\n',
          'services/school/src/modules/records/index.ts': "export { records } from './records.resolver';\n",
          'services/school/src/modules/records/records.resolver.ts': 'export const records = 1;\n',
        }),
      ).toEqual([
        'no-cycle: services/school/src/a.ts → services/school/src/b.ts',
        'package-imports-service: packages/db/src/index.ts → services/district/src/app.ts',
        'root-imports-module-internals: services/school/src/schema.ts → ' +
          'services/school/src/modules/records/records.resolver.ts',
        'service-imports-service: services/school/src/schema.ts → services/district/src/app.ts',
      ]);
    },
  );
});
