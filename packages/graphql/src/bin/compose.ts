import fs from 'node:fs';
import path from 'node:path';

import { composeServices } from '@apollo/composition';
import { buildSchema, findBreakingChanges, parse, printSchema } from 'graphql';

/**
 * Composes schema/<subgraph>.graphql into schema/supergraph.graphql (what the gateway serves)
 * and schema/api.graphql (what clients and codegen see). Fails on a composition error, and on a
 * breaking change to the API unless it is announced with --allow-breaking "<reason>", which
 * records it in schema/CHANGELOG.md. With --check it only verifies the checked-in files.
 */
const SUBGRAPHS = [
  { name: 'district', url: 'http://localhost:4002/graphql' },
  { name: 'school', url: 'http://localhost:4001/graphql' },
];

const dir = path.resolve(__dirname, '../../../../schema');
const check = process.argv.includes('--check');
const allowIndex = process.argv.indexOf('--allow-breaking');
const breakingReason = allowIndex >= 0 ? process.argv[allowIndex + 1] : undefined;

function read(file: string): string {
  const full = path.join(dir, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
}

function main(): number {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(read(`${s.name}.graphql`)) })),
  );
  if (result.errors) {
    console.error('Composition failed:');
    for (const e of result.errors) console.error(`  - ${e.message}`);
    return 1;
  }
  const supergraph = result.supergraphSdl.trim() + '\n';
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim() + '\n';
  if (check) {
    const stale = [
      ['supergraph.graphql', supergraph],
      ['api.graphql', api],
    ]
      .filter(([f, text]) => read(f) !== text)
      .map(([f]) => f);
    if (stale.length) {
      console.error(`schema/${stale.join(', schema/')} stale: run \`pnpm schema\` and commit schema/.`);
      return 1;
    }
    console.log('composition succeeded; schema/supergraph.graphql and schema/api.graphql are up to date');
    return 0;
  }
  const previous = read('api.graphql');
  if (previous) {
    const breaking = findBreakingChanges(buildSchema(previous), buildSchema(api));
    if (breaking.length && !breakingReason) {
      console.error('Breaking changes to the client API (announce them with --allow-breaking "<reason>"):');
      for (const b of breaking) console.error(`  - ${b.type}: ${b.description}`);
      return 1;
    }
    if (breaking.length) {
      const entry =
        `## ${new Date().toISOString().slice(0, 10)}: ` +
        `${breakingReason}\n${breaking.map((b) => `- ${b.description}`).join('\n')}\n\n`;
      fs.writeFileSync(
        path.join(dir, 'CHANGELOG.md'),
        `${read('CHANGELOG.md') || '# Breaking API changes\n\n'}${entry}`,
      );
    }
  }
  fs.writeFileSync(path.join(dir, 'supergraph.graphql'), supergraph);
  fs.writeFileSync(path.join(dir, 'api.graphql'), api);
  console.log('composed schema/supergraph.graphql and schema/api.graphql');
  return 0;
}

process.exit(main());
