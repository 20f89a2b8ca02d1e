// Generates the typed client from schema/api.graphql (the client API, not the supergraph) and
// the operations in operations/*.graphql: TypedDocumentNode objects and their types in
// src/generated/, plus the persisted-operations manifest (sha256 of the document → document)
// the gateway can enforce. `--check` regenerates in memory and fails when the checked-in files
// differ (part of `pnpm schema:check`); a bad operation (unknown field, wrong argument) fails both.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generate } from '@graphql-codegen/cli';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name, fallback) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : fallback);
const schema = option('--schema', path.resolve(here, '../../schema/api.graphql'));
const operations = option('--operations', path.join(here, 'operations'));
const out = option('--out', path.join(here, 'src/generated'));

/** Plain hex sha256 of the normalised document: what Apollo's persistedQuery extension carries. */
export const operationHash = (document) => createHash('sha256').update(document).digest('hex');

export function codegenConfig({ schema, operations, out }) {
  return {
    cwd: here,
    schema,
    documents: [path.join(operations, '**/*.graphql')],
    silent: true,
    errorsOnly: true,
    generates: {
      [out.endsWith('/') ? out : `${out}/`]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: operationHash } },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          scalars: { ID: 'string', DateTimeISO: 'string' },
          strictScalars: true,
        },
      },
    },
  };
}

async function main() {
  const files = await generate(codegenConfig({ schema, operations, out }), !check);
  if (!check) {
    console.log(`generated ${files.length} files in ${path.relative(process.cwd(), out) || '.'}`);
    return 0;
  }
  const stale = files
    .filter((f) => !fs.existsSync(f.filename) || fs.readFileSync(f.filename, 'utf8') !== f.content)
    .map((f) => path.relative(process.cwd(), f.filename));
  const expected = new Set(files.map((f) => path.resolve(f.filename)));
  const extra = fs.existsSync(out)
    ? fs
        .readdirSync(out)
        .map((f) => path.join(out, f))
        .filter((f) => !expected.has(path.resolve(f)))
    : [];
  if (stale.length || extra.length) {
    console.error(
      `generated client stale ` +
        `(${[...stale, ...extra.map((f) => path.relative(process.cwd(), f))].join(', ')}): run \`pnpm ` +
        `schema\` and commit packages/client/src/generated/.`,
    );
    return 1;
  }
  console.log('packages/client/src/generated is up to date');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`client codegen failed: ${error?.message ?? error}`);
      process.exit(1);
    },
  );
}
