// Imports are sorted (ESLint); loading order decides the order of types in schema/, so adding a module
// may reorder it: `pnpm schema` reprints it, and a reorder alone changes nothing for clients.
import { calendar } from './calendar';
import { dashboard } from './dashboard';
import { evaluationTemplate } from './evaluation-template';
import { policy } from './policy';
import { registry } from './registry';
import { registryImport } from './registry-import';
import { termClose } from './term-close';
import { training } from './training';

/**
 * The district subgraph's modules. schema.ts, entities.ts and context.ts fold this list; the order
 * of resolvers here is the order of fields in schema/district.graphql.
 */
export const modules = [
  registry,
  calendar,
  dashboard,
  registryImport,
  training,
  evaluationTemplate,
  termClose,
  policy,
] as const;
