import fs from 'node:fs';
import path from 'node:path';

/** The matrix as written in services/school/PRIVACY.md: data row → role → allow | deny. */
export function readMatrix(): { roles: string[]; rows: Map<string, Map<string, 'allow' | 'deny'>> } {
  const text = fs.readFileSync(path.join(__dirname, '../../services/school/PRIVACY.md'), 'utf8');
  // The matrix is the first table of the page; later tables explain it.
  const all = text.split('\n');
  const start = all.findIndex((l) => l.startsWith('| '));
  const end = all.findIndex((l, i) => i > start && !l.startsWith('| '));
  const lines = all.slice(start, end < 0 ? undefined : end);
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const roles = cells(lines[0]).slice(1);
  const rows = new Map<string, Map<string, 'allow' | 'deny'>>();
  for (const line of lines.slice(2)) {
    const [data, ...values] = cells(line);
    if (values.some((v) => v !== 'allow' && v !== 'deny'))
      throw new Error(`PRIVACY.md row "${data}" must say allow or deny in every cell`);
    rows.set(data, new Map(roles.map((r, i) => [r, values[i] as 'allow' | 'deny'])));
  }
  return { roles, rows };
}
