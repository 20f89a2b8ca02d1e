// Imports are sorted (ESLint); loading order decides the order of types in schema/, so adding a module
// may reorder it: `pnpm schema` reprints it, and a reorder alone changes nothing for clients.
import { archive } from './archive';
import { certification } from './certification';
import { consultation } from './consultation';
import { crisis } from './crisis';
import { evaluation } from './evaluation';
import { growth } from './growth';
import { matching } from './matching';
import { me } from './me';
import { mentorship } from './mentorship';
import { metrics } from './metrics';
import { notifications } from './notifications';
import { privacy } from './privacy';
import { recognition } from './recognition';
import { records } from './records';
import { roster } from './roster';
import { rosterImport } from './roster-import';
import { school } from './school';
import { settings } from './settings';
import { termClose } from './term-close';
import { trajectory } from './trajectory';

/**
 * The school subgraph's modules. schema.ts, entities.ts and context.ts fold this list; the order of
 * resolvers here is the order of fields in schema/school.graphql.
 */
export const modules = [
  roster,
  mentorship,
  school,
  matching,
  archive,
  records,
  crisis,
  consultation,
  privacy,
  me,
  metrics,
  evaluation,
  settings,
  rosterImport,
  certification,
  notifications,
  termClose,
  recognition,
  growth,
  trajectory,
] as const;
