import fs from 'node:fs';

import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/**
 * Writes a subgraph's SDL (with @key and friends; plain printSchema would drop them), or with
 * `--check` fails when the checked-in file differs from what the code now produces.
 */
export async function writeSubgraphSdl(
  name: string,
  build: () => Promise<GraphQLSchema>,
  file: string,
  check: boolean,
): Promise<boolean> {
  const sdl = printSubgraphSchema(await build()).trim() + '\n';
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (check) {
    if (current !== sdl) {
      console.error(`schema/${name}.graphql is stale: run \`pnpm schema\` and commit schema/.`);
      return false;
    }
    console.log(`schema/${name}.graphql is up to date`);
    return true;
  }
  fs.writeFileSync(file, sdl);
  console.log(`wrote schema/${name}.graphql`);
  return true;
}

/** The `print-schema` command of a service. */
export function printSchemaCommand(name: string, build: () => Promise<GraphQLSchema>, file: string): void {
  writeSubgraphSdl(name, build, file, process.argv.includes('--check'))
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error) => {
      console.error(`[${name}] could not build its schema:`, error);
      process.exit(1);
    });
}
