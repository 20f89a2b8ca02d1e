import fs from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { prepareDatabases } from '../databases';
import { runCommand } from '../processes';

const USAGE = `Usage: pnpm import <teachers|classrooms|students|assignments> <file or directory>... [--school <code>] \
[--confirm] [--full] [--mark-left]

  Files are .xlsx or .csv (UTF-8 or GBK) with the Chinese headers of the templates.
  Without --school, each file names its school by its code: <code>.xlsx or <code>-anything.csv.
  A dry run unless --confirm; --full treats a student file as the whole roster (reports who is
  missing), --mark-left also marks those students as left.`;

const KINDS: Record<string, string> = {
  teachers: 'TEACHERS',
  classrooms: 'CLASSROOMS',
  students: 'STUDENTS',
  assignments: 'TEACHING_ASSIGNMENTS',
};

/** `pnpm import`: roster files for one school or a whole district, with progress per file. */
async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return null;
    const [, value] = args.splice(i, 2);
    return value ?? null;
  };
  const confirm = flag('--confirm');
  const markLeft = flag('--mark-left');
  const full = flag('--full');
  const school = option('--school');
  const [kindArg, ...paths] = args;
  const kind = KINDS[kindArg ?? ''];
  if (!kind || !paths.length) {
    console.error(USAGE);
    process.exit(64);
  }
  const files = paths.flatMap((p) => {
    if (!fs.existsSync(p)) throw new Error(`No such file or directory: ${p}`);
    return fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p)
          .filter((f) => /\.(xlsx|csv)$/i.test(f))
          .sort()
          .map((f) => path.resolve(p, f))
      : [path.resolve(p)];
  });
  if (!files.length) throw new Error('No .xlsx or .csv files found.');
  const log = (line: string) => console.log(`[import] ${line}`);
  const databases = await prepareDatabases(log);
  try {
    const district = new Client({ connectionString: databases.districtUrl });
    await district.connect();
    const codes = files.map((f) => school ?? path.basename(f).split(/[.-]/)[0]);
    const found = new Map<string, { id: string; district_id: string; name: string }>(
      (
        await district.query('SELECT code, id, district_id, name FROM school WHERE code = ANY($1)', [
          [...new Set(codes)],
        ])
      ).rows.map((r) => [r.code, r]),
    );
    await district.end();
    const unknown = [...new Set(codes.filter((c) => !found.has(c)))];
    if (unknown.length)
      throw new Error(
        `Unknown school code(s) in the district registry: ${unknown.join(', ')} (import the registry ` +
          `first, or name the school with --school).`,
      );
    const jobs = files.map((file, i) => {
      const s = found.get(codes[i])!;
      return { schoolId: s.id, districtId: s.district_id, file, label: `${codes[i]} ${s.name}` };
    });
    log(`${jobs.length} file(s), ${kind}${confirm ? '' : ' — dry run'}`);
    await runCommand('services/school/dist/bin/import.js', {
      SCHOOL_DATABASE_URL: databases.schoolUrl,
      IMPORT_KIND: kind,
      IMPORT_JOBS: JSON.stringify(jobs),
      IMPORT_CONFIRM: String(confirm),
      IMPORT_FULL_ROSTER: String(full),
      IMPORT_MARK_LEFT: String(markLeft),
    });
  } finally {
    await databases.stop();
  }
}

main().catch((error) => {
  // The school side already said what was wrong with the files (exit 2); anything else is reported here.
  if (error?.exitCode === 2) process.exit(2);
  console.error(`[import] failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
