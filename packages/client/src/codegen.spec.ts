import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PACKAGE = path.resolve(__dirname, '..');

/** Runs the package's codegen on some operations into a temporary directory. */
function codegen(operations: Record<string, string>): Promise<{ code: number; stderr: string; out: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-codegen-'));
  fs.mkdirSync(path.join(dir, 'operations'));
  for (const [name, text] of Object.entries(operations)) fs.writeFileSync(path.join(dir, 'operations', name), text);
  const out = path.join(dir, 'generated');
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [path.join(PACKAGE, 'codegen.mjs'), '--operations', path.join(dir, 'operations'), '--out', out],
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr, out }),
    ),
  );
}

describe('client codegen', () => {
  // Started together: each run is a node process of about a second.
  const runs = {
    unknownField: codegen({ 'bad.graphql': 'query Bad { schools { nodes { name principal } } }' }),
    wrongVariable: codegen({ 'bad.graphql': 'query Bad($id: Int!) { school(id: $id) { name } }' }),
    ok: codegen({ 'ok.graphql': 'query SchoolNames { schools { nodes { id name } } }' }),
  };

  it('refuses an operation asking for a field the API does not have, naming it', async () => {
    const result = await runs.unknownField;
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot query field "principal" on type "School"/);
    expect(fs.existsSync(path.join(result.out, 'graphql.ts'))).toBe(false);
  });

  it('refuses a variable of the wrong type', async () => {
    const result = await runs.wrongVariable;
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Variable "\$id" of type "Int!" used in position expecting type "ID!"/);
  });

  it('writes typed documents and a manifest keyed by the sha256 of each document', async () => {
    const result = await runs.ok;
    expect(result.stderr).toBe('');
    const manifest = JSON.parse(fs.readFileSync(path.join(result.out, 'persisted-documents.json'), 'utf8')) as Record<
      string,
      string
    >;
    const [[hash, document]] = Object.entries(manifest);
    expect(document).toBe('query SchoolNames { schools { nodes { id name } } }');
    expect(hash).toBe(createHash('sha256').update(document).digest('hex'));
    const code = fs.readFileSync(path.join(result.out, 'graphql.ts'), 'utf8');
    expect(code).toContain(
      'export type SchoolNamesQuery = { schools: { nodes: Array<{ id: string, name: string }> } }',
    );
    expect(code).toContain(`"__meta__":{"hash":"${hash}"}`);
  });
});
