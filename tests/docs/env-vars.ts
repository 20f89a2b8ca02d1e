import fs from 'node:fs';
import path from 'node:path';

/**
 * The environment variables the code reads, found the way a reader would: `process.env.X`,
 * `process.env['X']`, `env.X` on a passed-in environment, the small `read('X', default)` helpers
 * beside `env[name]`, and the names built from a service prefix (`${prefix}_DATABASE_URL` for
 * SCHOOL and DISTRICT). Used by tests/docs/environment.test.ts and tests/infra (deployment config).
 */

export const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['services/gateway/src', 'services/school/src', 'services/district/src', 'packages', 'infra/images'];
const PREFIXES = ['SCHOOL', 'DISTRICT'];

function sources(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist', 'generated'].includes(entry.name) ? [] : sources(rel);
    return /\.(ts|tsx|js)$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Variable name → the files that read it. */
export function variablesRead(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (name: string, file: string) => found.set(name, (found.get(name) ?? new Set()).add(file));
  const NAME = '([A-Z][A-Z0-9_]*)';
  for (const file of SCANNED.flatMap(sources)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const direct = new RegExp(`\\b(?:process\\.env|env)(?:\\.${NAME}\\b|\\[\\s*['"]${NAME}['"]\\s*\\])`, 'g');
    for (const m of text.matchAll(direct)) add(m[1] ?? m[2], file);
    // `const read = (name) => … env[name] …` then `read('SQL_POOL_SIZE', 10)`.
    if (/\benv\[name\]/.test(text))
      for (const m of text.matchAll(new RegExp(`\\bread\\(\\s*'${NAME}'`, 'g'))) add(m[1], file);
    // `env[\`${prefix}_DATABASE_URL\`]`, `${service.envPrefix}_DATABASE_URL` read through process.env[variable].
    for (const m of text.matchAll(/\$\{(?:prefix|service\.envPrefix)\}(_[A-Z0-9_]+)`/g))
      for (const p of PREFIXES) add(`${p}${m[1]}`, file);
    // Migrations may take a direct URL beside the pooled one: X_DATABASE_URL → X_DATABASE_MIGRATE_URL.
    if (/replace\(\/_URL\$\/, '_MIGRATE_URL'\)/.test(text))
      for (const p of PREFIXES) add(`${p}_DATABASE_MIGRATE_URL`, file);
  }
  return found;
}
