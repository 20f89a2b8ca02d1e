import fs from 'node:fs';
import path from 'node:path';

import { ROOT, variablesRead } from './env-vars';

/**
 * infra/ENVIRONMENT.md names every environment variable the code reads (tests/docs/env-vars.ts
 * finds them). A variable added to the code without a row (its name in backticks) fails here,
 * naming the file that reads it.
 */

function documented(): Set<string> {
  const text = fs.readFileSync(path.join(ROOT, 'infra/ENVIRONMENT.md'), 'utf8');
  return new Set([...text.matchAll(/`([A-Z][A-Z0-9_]*)(?:=[^`]*)?`/g)].map((m) => m[1]));
}

describe('infra/ENVIRONMENT.md', () => {
  test('the search finds the variables it must (so an empty result cannot pass)', () => {
    const read = variablesRead();
    for (const name of [
      'SCHOOL_DATABASE_URL',
      'DISTRICT_DATABASE_READ_URL',
      'SCHOOL_DATABASE_MIGRATE_URL',
      'NOTIFY_SECRET_KEY',
      'SQL_STATEMENT_TIMEOUT_MS',
      'SUBGRAPH_RETRIES',
      'PDF_FONT_PATH',
      'GATEWAY_URL',
      'NODE_ENV',
    ]) {
      expect([name, read.has(name)]).toEqual([name, true]);
    }
    expect(read.size).toBeGreaterThan(60);
  });

  test('documents every environment variable the code reads', () => {
    const docs = documented();
    const missing = [...variablesRead()]
      .filter(([name]) => !docs.has(name))
      .map(([name, files]) => `${name} (read in ${[...files].join(', ')})`);
    expect(missing).toEqual([]);
  });
});
