import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * In a fresh process (jest has loaded graphql already): what graphql's instanceOf is after the entry points' first
 * import.
 */
function probe(env: Record<string, string | undefined>): { fast: boolean; nodeEnv: string | null } {
  const script = `require(${JSON.stringify(path.join(__dirname, '../dist/release-mode.js'))});
    const { instanceOf } = require('graphql/jsutils/instanceOf');
    process.stdout.write(JSON.stringify({ fast: !instanceOf.toString().includes('toStringTag'), nodeEnv: \
process.env.NODE_ENV ?? null }));`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (env.NODE_ENV === undefined) delete childEnv.NODE_ENV;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: childEnv, cwd: __dirname }).toString());
}

describe('release mode of graphql-js in the services', () => {
  it(
    'loads the production instanceOf without NODE_ENV, and leaves NODE_ENV unset (no production demands ' +
      'in development)',
    () => {
      expect(probe({ NODE_ENV: undefined })).toEqual({ fast: true, nodeEnv: null });
      expect(probe({ NODE_ENV: 'development' })).toEqual({ fast: true, nodeEnv: 'development' });
    },
  );
});
